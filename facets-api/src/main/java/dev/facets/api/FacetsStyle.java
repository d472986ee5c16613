package dev.facets.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the facets value types.
 *
 * <p>Generated implementations stay package-private and are hidden behind the abstract type
 * ({@code overshadowImplementation}), so callers write {@code new Initiative.Builder()...build()} and
 * never see a generated name; {@code jdkOnly} keeps Guava out of the API's run-time dependencies.
 * {@code allowedClasspathAnnotations} names one annotation that is not Immutables' own, which keeps
 * {@code @org.immutables.value.Generated} off the generated classes: the annotations jar is a
 * compile-only dependency, so every module compiling against the API would otherwise get a
 * "cannot find annotation method" lint warning, an error under {@code -Werror}.
 * A null given to a builder's setter (a value, or an element of a list) is a
 * {@link NullValueException}, an {@link IllegalArgumentException} naming the field, like every other
 * invalid value, rather than Immutables' default {@code NullPointerException}
 * ({@code throwForNullPointer}).
 *
 * <p>Immutables checks values and elements but dereferences a null container (an {@code Optional},
 * a list, a map, an array) in setters it makes {@code final}, so a subclass cannot intercept it.
 * Each value type's public {@code Builder} therefore wraps the generated builder rather than
 * extending it, checks containers and delegates everything else; {@code typeInnerBuilder} names a
 * class that does not exist so that Immutables leaves that {@code Builder} alone. That every public
 * setter of a generated builder has its wrapper is tested.
 * Applied once, in {@code package-info.java}, as the Immutables documentation advises.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = IllegalArgumentException.class,
    throwForNullPointer = NullValueException.class,
    typeInnerBuilder = "NoBuilderToExtend")
@interface FacetsStyle {}
