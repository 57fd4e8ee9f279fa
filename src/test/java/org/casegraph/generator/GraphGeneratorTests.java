package org.casegraph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casegraph.dataset.Dataset;
import org.casegraph.event.Event;
import org.casegraph.organisation.Organisation;
import org.casegraph.support.Quantity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated graph at the default size: deterministic, large, skewed, and every fact backed by a claim. */
class GraphGeneratorTests {

  private static Dataset graph;

  @BeforeAll
  static void generate() {
    graph = new GraphGenerator(GraphGenerator.DEFAULT_SEED, GraphGenerator.DEFAULT_PEOPLE).generate();
  }

  @Test
  void shouldGiveTheSameGraphForTheSameSeedAndAnotherForAnotherSeed() {
    var again = new GraphGenerator(GraphGenerator.DEFAULT_SEED, GraphGenerator.DEFAULT_PEOPLE).generate();
    var other = new GraphGenerator(GraphGenerator.DEFAULT_SEED + 1, GraphGenerator.DEFAULT_PEOPLE).generate();

    assertThat(again).isEqualTo(graph);
    assertThat(other).isNotEqualTo(graph);
    assertThat(other.people().getFirst().id()).isEqualTo(graph.people().getFirst().id());
    assertThat(other.people().stream().map(Dataset.PersonItem::name).toList())
        .isNotEqualTo(graph.people().stream().map(Dataset.PersonItem::name).toList());
  }

  @Test
  void shouldHoldMoreThanOneHundredThousandNodesAtTheDefaultSize() {
    assertThat(graph.people()).hasSize(GraphGenerator.DEFAULT_PEOPLE);
    assertThat(graph.counts().values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(100_000);
    assertThat(graph.claims().size()).isGreaterThan(graph.people().size());
  }

  @Test
  void shouldGiveStableReadableIdsAndNamesWithAccents() {
    assertThat(ids()).allMatch(id -> id.matches("(source|person|org|prison|event|charge|detention|role|claim):gen-\\d{6,}"));
    assertThat(new HashSet<>(ids())).hasSameSizeAs(ids());
    assertThat(graph.people().getFirst().id()).isEqualTo("person:gen-000001");
    assertThat(graph.people()).anyMatch(p -> p.name().matches(".*[áéíóúñÁÉÍÓÚ].*"));
    assertThat(graph.sources()).allMatch(s -> s.note() != null && s.note().startsWith(GraphGenerator.note(42, 20_000)));
  }

  @Test
  void shouldPutMostDetaineesInTheBiggestFivePercentOfPrisons() {
    var perPrison = graph.detentions().stream().collect(Collectors.groupingBy(Dataset.DetentionItem::prison, Collectors.counting()));
    var top = (int) Math.ceil(graph.prisons().size() * 0.05);
    var heldByTop = perPrison.values().stream().sorted(Comparator.reverseOrder()).limit(top).mapToLong(Long::longValue).sum();

    assertThat(heldByTop).isGreaterThan(graph.detentions().size() / 2);
  }

  @Test
  void shouldHaveOrganisationsOfEveryCategoryAndEventsOfMostKinds() {
    assertThat(graph.organisations().stream().map(Dataset.OrganisationItem::category).distinct())
        .containsExactlyInAnyOrderElementsOf(Stream.of(Organisation.Category.values()).map(Enum::name).toList());
    assertThat(graph.events().stream().map(Dataset.EventItem::kind).distinct())
        .containsExactlyInAnyOrderElementsOf(Stream.of(Event.Kind.values()).filter(k -> k != Event.Kind.OTHER).map(Enum::name).toList());
    assertThat(graph.roles()).extracting(Dataset.RoleItem::title).contains("director", "chief prosecutor", "presiding judge", "editor");
  }

  @Test
  void shouldBackEveryEventChargeDetentionAndRoleWithAClaim() {
    var backed = new HashSet<String>();
    for (var claim : graph.claims()) {
      if (claim.event() != null) {
        backed.add(claim.event());
      }
      backed.addAll(Dataset.orEmpty(claim.asserts()));
    }
    var facts = Stream.of(graph.events().stream().map(Dataset.EventItem::id), graph.charges().stream().map(Dataset.ChargeItem::id),
        graph.detentions().stream().map(Dataset.DetentionItem::id), graph.roles().stream().map(Dataset.RoleItem::id))
        .flatMap(Function.identity()).toList();

    assertThat(facts).isNotEmpty().allMatch(backed::contains);
  }

  @Test
  void shouldResolveEveryReferenceToAnItemOfTheRightKind() {
    var defined = new HashSet<>(ids());
    var references = references();

    assertThat(references).isNotEmpty();
    assertThat(references.keySet()).allMatch(defined::contains, "is defined");
    assertThat(references.entrySet()).allMatch(ref -> ref.getValue().contains(ref.getKey().substring(0, ref.getKey().indexOf(':'))),
        "is of a kind its fields admit");
  }

  @Test
  void shouldReportConflictingCountsForTheSameEventSomeLinkedAsContradicting() {
    var byEvent = graph.claims().stream().filter(c -> c.event() != null && c.quantity() != null)
        .collect(Collectors.groupingBy(Dataset.ClaimItem::event));
    var conflicting = new ArrayList<List<Dataset.ClaimItem>>();
    byEvent.values().forEach(claims -> {
      for (var a : claims) {
        for (var b : claims) {
          if (a.id().compareTo(b.id()) < 0 && Figures.conflict(a.quantity(), b.quantity())) {
            conflicting.add(List.of(a, b));
          }
        }
      }
    });
    var linked = conflicting.stream().filter(pair -> Dataset.orEmpty(pair.get(1).contradicts()).contains(pair.get(0).id())).count();

    assertThat(conflicting).hasSizeGreaterThan(100);
    assertThat(linked).isPositive().isLessThan(conflicting.size());
    assertThat(conflicting).anyMatch(pair -> pair.get(0).quantity().qualifier() == Quantity.QuantityQualifier.EXACT
        && pair.get(1).quantity().qualifier() == Quantity.QuantityQualifier.MORE_THAN
        && pair.get(1).quantity().value() > pair.get(0).quantity().value());
  }

  private static List<String> ids() {
    return Stream.of(graph.sources().stream().map(Dataset.SourceItem::id), graph.people().stream().map(Dataset.PersonItem::id),
        graph.organisations().stream().map(Dataset.OrganisationItem::id), graph.prisons().stream().map(Dataset.PrisonItem::id),
        graph.events().stream().map(Dataset.EventItem::id), graph.charges().stream().map(Dataset.ChargeItem::id),
        graph.detentions().stream().map(Dataset.DetentionItem::id), graph.roles().stream().map(Dataset.RoleItem::id),
        graph.claims().stream().map(Dataset.ClaimItem::id)).flatMap(Function.identity()).toList();
  }

  /** Every id a reference field holds, with the prefixes that field admits. */
  private static Map<String, Set<String>> references() {
    var entity = Set.of("person", "org", "prison");
    var refs = new HashMap<String, Set<String>>();
    for (var e : graph.events()) {
      add(refs, e.prison(), Set.of("prison"));
      Dataset.orEmpty(e.participants()).forEach(p -> add(refs, p.entity(), entity));
    }
    graph.charges().forEach(c -> Dataset.orEmpty(c.defendants()).forEach(p -> add(refs, p, Set.of("person"))));
    for (var x : graph.detentions()) {
      add(refs, x.person(), Set.of("person"));
      add(refs, x.prison(), Set.of("prison"));
      Dataset.orEmpty(x.charges()).forEach(c -> add(refs, c, Set.of("charge")));
    }
    for (var r : graph.roles()) {
      add(refs, r.person(), Set.of("person"));
      add(refs, r.organisation(), Set.of("org"));
    }
    for (var c : graph.claims()) {
      add(refs, c.claimant(), entity);
      add(refs, c.source(), Set.of("source"));
      add(refs, c.event(), Set.of("event"));
      Dataset.orEmpty(c.subjects()).forEach(s -> add(refs, s, entity));
      Dataset.orEmpty(c.asserts()).forEach(f -> add(refs, f, Set.of("role", "detention", "charge", "event")));
      Dataset.orEmpty(c.supports()).forEach(o -> add(refs, o, Set.of("claim")));
      Dataset.orEmpty(c.contradicts()).forEach(o -> add(refs, o, Set.of("claim")));
    }
    return refs;
  }

  private static void add(Map<String, Set<String>> refs, String id, Set<String> kinds) {
    if (id != null) {
      refs.merge(id, kinds, (a, b) -> a.stream().filter(b::contains).collect(Collectors.toSet()));
    }
  }
}
