package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null given to any setter of any builder of the API, or hidden inside what it is given (an empty
 * container slot: a null element of a list or an array, a null key or value of a map or an entry),
 * is an {@link IllegalArgumentException} naming the field (README's promise), never a
 * {@code NullPointerException} from deep inside. Every public method of every builder is found by
 * reflection and every argument position of it is tried, so a new setter is covered without touching
 * this test.
 */
class BuilderNullTest {
  private static final Initiative INITIATIVE =
      new Initiative.Builder().id("a").budget(1).facets(FacetMix.uniform()).build();
  private static final Scenario SCENARIO = Scenario.of("s", FacetValues.of(1, 2, 3, 4));
  private static final Classification CLASSIFICATION =
      new Classification.Builder().method("m").mix(FacetMix.uniform()).zone(Zone.SUSTAINING).build();

  /** The public builders, each with the generated builder it wraps. */
  private static final Map<Class<?>, Class<?>> BUILDERS = Map.of(
      Initiative.Builder.class, ImmutableInitiative.Builder.class,
      Portfolio.Builder.class, ImmutablePortfolio.Builder.class,
      Scenario.Builder.class, ImmutableScenario.Builder.class,
      ScenarioSet.Builder.class, ImmutableScenarioSet.Builder.class,
      Classification.Builder.class, ImmutableClassification.Builder.class);

  /** A valid value of every type a setter takes, so that only the argument under test is null. */
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "x"), Map.entry(AxisPosition.class, AxisPosition.of(0.5, 0.5)),
      Map.entry(FacetMix.class, FacetMix.uniform()), Map.entry(FacetValues.class, FacetValues.of(1, 2, 3, 4)),
      Map.entry(Purpose.class, Purpose.values()[0]), Map.entry(Driver.class, Driver.values()[0]),
      Map.entry(Stage.class, Stage.values()[0]), Map.entry(Priority.class, Priority.values()[0]),
      Map.entry(Zone.class, Zone.SUSTAINING), Map.entry(ImpactEstimate.class, ImpactEstimate.UNIT),
      Map.entry(LocalDate.class, LocalDate.of(2026, 11, 1)), Map.entry(Initiative.class, INITIATIVE),
      Map.entry(Scenario.class, SCENARIO), Map.entry(Classification.class, CLASSIFICATION),
      Map.entry(Portfolio.class, new Portfolio.Builder().name("p").addInitiatives(INITIATIVE).build()),
      Map.entry(ScenarioSet.class, ScenarioSet.of(List.of(SCENARIO))));

  static Stream<Method> builderMethods() {
    return BUILDERS.keySet().stream()
        .flatMap(type -> Arrays.stream(type.getMethods()))
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
        .filter(m -> m.getParameterCount() > 0)
        .sorted(Comparator.comparing(Method::toGenericString));
  }

  /** One case per builder method, argument position and way of being null there. */
  static Stream<Arguments> nulls() {
    List<Arguments> cases = new ArrayList<>();
    builderMethods().forEach(method -> {
      for (int position = 0; position < method.getParameterCount(); position++) {
        if (method.getParameterTypes()[position].isPrimitive()) {
          continue;
        }
        for (NullCase nullCase : nullCases(method, position)) {
          cases.add(Arguments.of(name(method) + " " + nullCase.description, method, nullCase));
        }
      }
    });
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void aNullAnywhereIsAnIllegalArgumentNamingTheField(String setter, Method method, NullCase nullCase)
      throws ReflectiveOperationException {
    Object builder = method.getDeclaringClass().getConstructor().newInstance();
    Throwable thrown = assertThrows(InvocationTargetException.class,
        () -> method.invoke(builder, nullCase.arguments), setter + " accepted null").getCause();
    assertTrue(thrown instanceof IllegalArgumentException, setter + " threw " + thrown);
    assertEquals(nullCase.field + " must not be null", thrown.getMessage(), setter);
  }

  @Test
  void theCasesReachEveryKindOfContainer() {
    List<String> cases = nulls().map(a -> (String) a.get()[0]).toList();
    for (String expected : List.of(
        "Initiative.Builder.name(Optional) null", "Scenario.Builder.probability(OptionalDouble) null",
        "Initiative.Builder.tags(Iterable) null", "Initiative.Builder.tags(Iterable) null element",
        "Initiative.Builder.addTags(String[]) null", "Initiative.Builder.addTags(String[]) null element",
        "Initiative.Builder.attributes(Map) null", "Initiative.Builder.attributes(Map) null key",
        "Initiative.Builder.attributes(Map) null value", "Initiative.Builder.putAllAttributes(Map) null value",
        "Initiative.Builder.putAttributes(Entry) null", "Initiative.Builder.putAttributes(Entry) null key",
        "Initiative.Builder.putAttributes(String, String) null argument 2",
        "Portfolio.Builder.addAllInitiatives(Iterable) null element")) {
      assertTrue(cases.contains(expected), expected + " is not among " + cases);
    }
  }

  /** The public builders wrap the generated ones; a setter the wrapper forgot would be lost. */
  @Test
  void everyGeneratedSetterHasItsPublicWrapper() throws NoSuchMethodException {
    for (Map.Entry<Class<?>, Class<?>> builder : BUILDERS.entrySet()) {
      for (Method generated : builder.getValue().getMethods()) {
        if (generated.getDeclaringClass() == Object.class || Modifier.isStatic(generated.getModifiers())) {
          continue;
        }
        Method wrapper = builder.getKey().getMethod(generated.getName(), generated.getParameterTypes());
        assertEquals(builder.getKey(), wrapper.getDeclaringClass(), wrapper.toString());
        assertTrue(Modifier.isPublic(wrapper.getModifiers()), wrapper.toString());
      }
    }
  }

  /**
   * The copies ({@code withX(..)}) of the generated implementations, which are package-private and so
   * not reachable by callers: a null single value is the same {@link IllegalArgumentException}.
   */
  @Test
  void theGeneratedCopiesRejectANullValueTheSameWay() throws ReflectiveOperationException {
    List<Supplier<Object>> values = List.of(() -> INITIATIVE, () -> SAMPLES.get(Portfolio.class),
        () -> SCENARIO, () -> SAMPLES.get(ScenarioSet.class), () -> CLASSIFICATION);
    int checked = 0;
    for (Supplier<Object> value : values) {
      for (Method with : value.get().getClass().getMethods()) {
        if (!with.getName().startsWith("with") || with.getParameterCount() != 1
            || !SAMPLES.containsKey(with.getParameterTypes()[0])) {
          continue;
        }
        Throwable thrown = assertThrows(InvocationTargetException.class,
            () -> with.invoke(value.get(), new Object[] {null})).getCause();
        String attribute = with.getName().substring(4, 5).toLowerCase(Locale.ROOT) + with.getName().substring(5);
        assertEquals(attribute + " must not be null", thrown.getMessage(), with.toString());
        checked++;
      }
    }
    assertTrue(checked >= 15, "only " + checked + " copies checked");
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
    assertEquals("scenarios must not be null", assertThrows(IllegalArgumentException.class,
        () -> ScenarioSet.of(null)).getMessage());
  }

  /** The arguments of one call, with one null somewhere, and the field the message must name. */
  record NullCase(String description, Object[] arguments, String field) {
    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * The ways argument {@code position} of {@code method} can be null: itself, and for a container,
   * an element, a key or a value inside it.
   */
  private static List<NullCase> nullCases(Method method, int position) {
    Class<?> type = method.getParameterTypes()[position];
    String attribute = attribute(method.getName());
    Object[] arguments = validArguments(method);
    List<NullCase> cases = new ArrayList<>();
    String description = method.getParameterCount() == 1 ? "null" : "null argument " + (position + 1);
    cases.add(new NullCase(description, with(arguments, position, null), nullField(method, position, attribute)));
    if (type.isArray()) {
      Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), 1);
      cases.add(new NullCase("null element", with(arguments, position, array), attribute + " element"));
    } else if (type == Iterable.class) {
      cases.add(new NullCase("null element", with(arguments, position, Arrays.asList(sample(method, position, 0), null)),
          attribute + " element"));
    } else if (type == Map.class) {
      Map<Object, Object> nullKey = new HashMap<>();
      nullKey.put(null, "v");
      cases.add(new NullCase("null key", with(arguments, position, nullKey), attribute + " key"));
      Map<Object, Object> nullValue = new LinkedHashMap<>();
      nullValue.put("k", null);
      cases.add(new NullCase("null value", with(arguments, position, nullValue), attribute + " value for key: k"));
    } else if (type == Map.Entry.class) {
      cases.add(new NullCase("null key", with(arguments, position, new AbstractMap.SimpleEntry<>(null, "v")),
          attribute + " key"));
      cases.add(new NullCase("null value", with(arguments, position, new AbstractMap.SimpleEntry<>("k", null)),
          attribute + " value for key: k"));
    }
    return cases;
  }

  /** The field named when argument {@code position} itself is null. */
  private static String nullField(Method method, int position, String attribute) {
    String name = method.getName();
    if (name.equals("from")) {
      return "instance";
    }
    if (method.getParameterCount() == 2) {
      return position == 0 ? attribute + " key" : attribute + " value for key: x";
    }
    Class<?> type = method.getParameterTypes()[0];
    if (type == Map.Entry.class) {
      return attribute + " entry";
    }
    boolean container = type.isArray() || type == Iterable.class || type == Map.class
        || type == Optional.class || type == OptionalDouble.class;
    return name.startsWith("add") && !container ? attribute + " element" : attribute;
  }

  /** The attribute a setter sets: its name without {@code add}, {@code addAll}, {@code put} or {@code putAll}. */
  private static String attribute(String method) {
    for (String prefix : List.of("addAll", "add", "putAll", "put")) {
      if (method.startsWith(prefix) && method.length() > prefix.length()
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
      }
    }
    return method;
  }

  private static Object[] validArguments(Method method) {
    Object[] arguments = new Object[method.getParameterCount()];
    for (int i = 0; i < arguments.length; i++) {
      Class<?> type = method.getParameterTypes()[i];
      if (type == double.class) {
        arguments[i] = 0.5;
      } else if (type == Optional.class) {
        arguments[i] = Optional.of(sample(method, i, 0));
      } else if (type == OptionalDouble.class) {
        arguments[i] = OptionalDouble.of(0.5);
      } else if (type.isArray()) {
        Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), 1);
        java.lang.reflect.Array.set(array, 0, SAMPLES.get(type.getComponentType()));
        arguments[i] = array;
      } else if (type == Iterable.class) {
        arguments[i] = List.of(sample(method, i, 0));
      } else if (type == Map.class) {
        arguments[i] = Map.of(sample(method, i, 0), sample(method, i, 1));
      } else if (type == Map.Entry.class) {
        arguments[i] = Map.entry(sample(method, i, 0), sample(method, i, 1));
      } else {
        arguments[i] = sample(type);
      }
    }
    return arguments;
  }

  /** A sample of type argument {@code argument} of parameter {@code position}'s generic type. */
  private static Object sample(Method method, int position, int argument) {
    Type type = ((ParameterizedType) method.getGenericParameterTypes()[position]).getActualTypeArguments()[argument];
    if (type instanceof WildcardType wildcard) {
      type = wildcard.getUpperBounds()[0];
    }
    return sample((Class<?>) type);
  }

  private static Object sample(Class<?> type) {
    Object sample = SAMPLES.get(type);
    if (sample == null) {
      throw new AssertionError("no sample of " + type + ": add one to SAMPLES");
    }
    return sample;
  }

  private static Object[] with(Object[] arguments, int position, Object value) {
    Object[] copy = arguments.clone();
    copy[position] = value;
    return copy;
  }

  private static String name(Method method) {
    StringBuilder name = new StringBuilder(method.getDeclaringClass().getName().replace("dev.facets.api.", "")
        .replace('$', '.') + "." + method.getName() + "(");
    for (int i = 0; i < method.getParameterCount(); i++) {
      name.append(i == 0 ? "" : ", ").append(method.getParameterTypes()[i].getSimpleName());
    }
    return name.append(")").toString();
  }
}
