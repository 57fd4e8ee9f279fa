package org.casegraph.claim;

import org.casegraph.graph.Projection;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casegraph.event.Event;
import org.casegraph.graph.NodeRepository;
import org.casegraph.support.Connection;
import org.casegraph.support.PageRequest;
import org.casegraph.support.PartialDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Lists claims with their filters, the contradictions the data records, and the figures claims give for events. */
@Repository
class ClaimRepository {

  /** A filter that is null matches every claim. */
  record Filter(@Nullable String claimant, @Nullable String subject, @Nullable String source, @Nullable String event,
      @Nullable PartialDate from, @Nullable PartialDate to, @Nullable Boolean contested) {}

  /** Two claims, each with its claimant's name, and the title of the event they share, if any. */
  record ClaimPair(Claim first, String firstClaimant, Claim second, String secondClaimant, @Nullable String event) {}

  /**
   * A figure of an event, with what decides how it is compared: the event's kind and the unit of its
   * own count, and the people the claim is about. {@code key} is the event or prison it was asked for;
   * {@code touches} whether the claim concerns {@code $about}, when one was given.
   */
  record FigureRow(String key, String eventId, Event.Kind eventKind, String eventTitle, @Nullable String eventCountUnit,
      Figure figure, List<String> peopleIds, boolean touches) {}

  /**
   * Whether claim {@code c} (with source {@code s}) was made by {@code $asOf}: its date (the claim's,
   * else its source's) ends on or before that day, or it has none. Null {@code $asOf}: every claim.
   */
  private static final String KNOWN = "coalesce(coalesce(c.claimedOnEnd, s.publishedOnEnd) <= $asOf, true)";

  /** The figures of the events bound to {@code e} (each with its {@code key}), known by {@code $asOf}. */
  private static final String FIGURES = """
      MATCH (e)<-[:REPORTS]-(c:Claim&!Restricted)-[:FROM]->(s:Source)
      WHERE c.quantityValue IS NOT NULL AND %s
      MATCH (c)-[:CLAIMED_BY]->(who)
      RETURN key, e.id AS event, e.kind AS kind, e.title AS title, e.countUnit AS countUnit, c, s.publishedOn AS publishedOn,
        who.name AS claimant, COLLECT { MATCH (c)-[:ABOUT]->(x:Person) RETURN x.id ORDER BY x.id } AS people,
        ($about IS NULL OR c.id = $about OR e.id = $about OR c.claimant = $about
          OR EXISTS { (c)-[:ABOUT]->(:Node {id: $about}) }) AS touches
      ORDER BY key, e.id, c.id
      """.formatted(KNOWN);

  /** Whether a pair touches {@code $about}: one of the claims itself, its event, or an entity it is about or made by. */
  private static final String ABOUT = """
      ($about IS NULL OR a.id = $about OR b.id = $about OR a.event = $about OR b.event = $about
         OR a.claimant = $about OR b.claimant = $about
         OR EXISTS { (a)-[:ABOUT]->(:Node {id: $about}) } OR EXISTS { (b)-[:ABOUT]->(:Node {id: $about}) })
      """;

  private static final String WHERE = """
      ($claimant IS NULL OR n.claimant = $claimant)
      AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Node {id: $subject}) })
      AND ($source IS NULL OR n.source = $source)
      AND ($event IS NULL OR n.event = $event)
      AND ($from IS NULL OR n.claimedOnEnd >= $from)
      AND ($to IS NULL OR n.claimedOnStart <= $to)
      AND ($contested IS NULL OR $contested = EXISTS { (n)-[:CONTRADICTS]-(:Claim&!Restricted) })
      """;

  private final NodeRepository nodes;

  ClaimRepository(NodeRepository nodes) {
    this.nodes = nodes;
  }

  Connection<Claim> page(Filter filter, PageRequest page, Projection projection) {
    var parameters = new HashMap<String, Object>();
    parameters.put("claimant", filter.claimant());
    parameters.put("subject", filter.subject());
    parameters.put("source", filter.source());
    parameters.put("event", filter.event());
    parameters.put("from", filter.from() == null ? null : filter.from().start());
    parameters.put("to", filter.to() == null ? null : filter.to().end());
    parameters.put("contested", filter.contested());
    return nodes.list("(n:Claim)", WHERE, parameters, page, Claim::from, projection);
  }

  /** Pairs linked by CONTRADICTS, each pair once, in id order. */
  List<ClaimPair> linkedContradictions(@Nullable String about, @Nullable PartialDate asOf, int first) {
    return pairs("""
        MATCH (a:Claim&!Restricted)-[:CONTRADICTS]-(b:Claim&!Restricted)
        WHERE a.id < b.id AND %s
          AND NOT EXISTS { (a)-[:FROM]->(s:Source) WHERE coalesce(a.claimedOnEnd, s.publishedOnEnd) > $asOf }
          AND NOT EXISTS { (b)-[:FROM]->(s:Source) WHERE coalesce(b.claimedOnEnd, s.publishedOnEnd) > $asOf }
        WITH DISTINCT a, b, null AS event
        ORDER BY a.id, b.id
        LIMIT $first
        """.formatted(ABOUT), about, asOf, first);
  }

  /** The figures given for these events, by event. */
  List<FigureRow> figuresOfEvents(Collection<String> eventIds, @Nullable PartialDate asOf) {
    return figures("UNWIND $ids AS key MATCH (e:Event&!Restricted {id: key})", eventIds, null, asOf, Map.of());
  }

  /** The figures given for the events of these kinds at these prisons, by prison. */
  List<FigureRow> figuresAtPrisons(Collection<String> prisonIds, Collection<Event.Kind> kinds, @Nullable PartialDate asOf) {
    return figures("UNWIND $ids AS key MATCH (:Prison&!Restricted {id: key})<-[:AT]-(e:Event&!Restricted) WHERE e.kind IN $kinds",
        prisonIds, null, asOf, Map.of("kinds", kinds.stream().map(Enum::name).toList()));
  }

  /**
   * The figures of the events where two figures could disagree: at most {@code events} events with two
   * figures or more, in id order, and only those concerning {@code about} (the event, one of its
   * claims, or an entity such a claim is made by or about) when it is given.
   */
  List<FigureRow> figuresToCompare(@Nullable String about, @Nullable PartialDate asOf, int events) {
    var scope = about == null ? """
        MATCH (e:Event&!Restricted)
        WHERE COUNT { (e)<-[:REPORTS]-(c:Claim&!Restricted) WHERE c.quantityValue IS NOT NULL } > 1
        """ : """
        CALL () {
          MATCH (e:Event&!Restricted {id: $about}) RETURN e
          UNION
          MATCH (:Claim&!Restricted {id: $about})-[:REPORTS]->(e:Event&!Restricted) RETURN e
          UNION
          MATCH (:Node {id: $about})<-[:ABOUT|CLAIMED_BY]-(c:Claim&!Restricted)-[:REPORTS]->(e:Event&!Restricted)
          WHERE c.quantityValue IS NOT NULL RETURN e
        }
        """;
    return figures(scope + "WITH e ORDER BY e.id LIMIT $events WITH e, e.id AS key", List.of(), about, asOf,
        Map.of("events", events));
  }

  private List<FigureRow> figures(String scope, Collection<String> ids, @Nullable String about, @Nullable PartialDate asOf,
      Map<String, Object> more) {
    var parameters = new HashMap<String, Object>(more);
    parameters.put("ids", List.copyOf(ids));
    parameters.put("about", about);
    parameters.put("asOf", asOf == null ? null : asOf.end());
    return nodes.read(scope + "\n" + FIGURES, parameters).stream()
        .map(r -> {
          var claim = Claim.from(r.get("c").asNode());
          var published = PartialDate.parseNullable(r.get("publishedOn").isNull() ? null : r.get("publishedOn").asString());
          return new FigureRow(r.get("key").asString(), r.get("event").asString(), Event.Kind.valueOf(r.get("kind").asString()),
              r.get("title").asString(), r.get("countUnit").isNull() ? null : r.get("countUnit").asString(),
              Figure.of(claim, published, r.get("claimant").asString()), r.get("people").asList(v -> v.asString()),
              r.get("touches").asBoolean());
        })
        .toList();
  }

  private List<ClaimPair> pairs(String match, @Nullable String about, @Nullable PartialDate asOf, int first) {
    var parameters = new HashMap<String, Object>();
    parameters.put("about", about);
    parameters.put("asOf", asOf == null ? null : asOf.end());
    parameters.put("first", first);
    return nodes.read(match + """
        MATCH (a)-[:CLAIMED_BY]->(ac), (b)-[:CLAIMED_BY]->(bc)
        RETURN a, ac.name AS aClaimant, b, bc.name AS bClaimant, event
        """, parameters).stream()
        .map(r -> new ClaimPair(Claim.from(r.get("a").asNode()), r.get("aClaimant").asString(),
            Claim.from(r.get("b").asNode()), r.get("bClaimant").asString(),
            r.get("event").isNull() ? null : r.get("event").asString()))
        .toList();
  }
}
