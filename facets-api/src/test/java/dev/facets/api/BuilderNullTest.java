package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null given to any setter of any builder of the API: an {@link IllegalArgumentException} naming
 * the field (README's promise), never a {@code NullPointerException} from deep inside. Every public
 * one-argument method of every builder is found by reflection, so a new attribute is covered without
 * touching this test.
 */
class BuilderNullTest {
  private static final Initiative INITIATIVE =
      new Initiative.Builder().id("a").budget(1).facets(FacetMix.uniform()).build();
  private static final Scenario SCENARIO = Scenario.of("s", FacetValues.of(1, 2, 3, 4));

  /** Every builder, and a built value of each type whose copies ({@code withX(..)}) are public. */
  private static final List<Supplier<Object>> BUILDERS = List.of(
      Initiative.Builder::new, Portfolio.Builder::new, Scenario.Builder::new,
      ScenarioSet.Builder::new, Classification.Builder::new,
      () -> INITIATIVE,
      () -> new Portfolio.Builder().name("p").addInitiatives(INITIATIVE).build(),
      () -> SCENARIO,
      () -> ScenarioSet.of(List.of(SCENARIO)),
      () -> new Classification.Builder().method("m").mix(FacetMix.uniform()).zone(Zone.SUSTAINING).build());

  static Stream<Arguments> setters() {
    List<Arguments> setters = new ArrayList<>();
    for (Supplier<Object> builder : BUILDERS) {
      Class<?> type = builder.get().getClass();
      Arrays.stream(type.getMethods())
          .filter(m -> m.getParameterCount() == 1 && !m.getParameterTypes()[0].isPrimitive())
          .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
          .filter(m -> !m.getName().equals("equals"))
          .filter(m -> m.getName().startsWith("with") || type.getSimpleName().equals("Builder"))
          .sorted(Comparator.comparing(Method::toGenericString))
          .forEach(m -> setters.add(Arguments.of(
              type.getName().replace("dev.facets.api.", "") + "." + m.getName() + "("
                  + m.getParameterTypes()[0].getSimpleName() + ")", builder, m)));
    }
    return setters.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setters")
  void nullIsAnIllegalArgumentNamingTheField(String setter, Supplier<Object> builder, Method method) {
    Class<?> parameter = method.getParameterTypes()[0];
    Throwable thrown = assertThrows(InvocationTargetException.class,
        () -> method.invoke(builder.get(), new Object[] {null}), setter + " accepted null")
        .getCause();
    if (parameter.getSimpleName().startsWith("Optional") || Iterable.class.isAssignableFrom(parameter)
        || java.util.Map.class.isAssignableFrom(parameter) || java.util.Map.Entry.class.isAssignableFrom(parameter)
        || parameter.isArray()) {
      // A null container is rejected before the generated code looks at it (Immutables checks
      // values and elements, not the container): null-free either way, but not yet an IAE.
      assertTrue(thrown instanceof RuntimeException, setter + " threw " + thrown);
      return;
    }
    assertTrue(thrown instanceof IllegalArgumentException, setter + " threw " + thrown);
    assertEquals(expectedField(method.getName()) + " must not be null", thrown.getMessage(), setter);
  }

  /**
   * The generated code names a value by its attribute, an element by its list, and from(...)'s
   * argument "instance".
   */
  private static String expectedField(String method) {
    if (method.equals("from")) {
      return "instance";
    }
    if (method.startsWith("with")) {
      return method.substring(4, 5).toLowerCase(Locale.ROOT) + method.substring(5);
    }
    if (method.startsWith("add") && !method.startsWith("addAll")) {
      String list = method.substring(3);
      return list.substring(0, 1).toLowerCase(Locale.ROOT) + list.substring(1) + " element";
    }
    return method;
  }

  @Test
  void theFactoriesThatBuildRejectNullTheSameWay() {
    FacetValues payoff = FacetValues.of(1, 2, 3, 4);
    assertEquals("name must not be null", assertThrows(IllegalArgumentException.class,
        () -> Scenario.of(null, payoff)).getMessage());
    assertEquals("name must not be null", assertThrows(IllegalArgumentException.class,
        () -> Scenario.of(null, 0.5, payoff)).getMessage());
    assertEquals("payoff must not be null", assertThrows(IllegalArgumentException.class,
        () -> Scenario.of("s", null)).getMessage());
    assertEquals("scenarios element must not be null", assertThrows(IllegalArgumentException.class,
        () -> ScenarioSet.of(Arrays.asList(SCENARIO, null))).getMessage());
  }
}
