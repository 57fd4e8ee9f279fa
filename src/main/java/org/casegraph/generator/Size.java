package org.casegraph.generator;

/**
 * How much a generated graph holds, every count scaled from the number of people. The shares and
 * exponents below are the generator's fixed knobs; docs/generator.md explains what each shapes.
 */
public record Size(int people, int organisations, int prisons, int sources, int speakers, int releaseWaves,
    int protests, int killings, int caseReviews, int announcements, int asylums) {

  public static final int MINIMUM_PEOPLE = 100;
  /** Share of people detained at least once. */
  public static final double DETAINED = 0.75;
  /** Share of detentions that end in a release the sources report. */
  public static final double RELEASED = 0.45;
  /** Share of released people detained again. */
  public static final double DETAINED_AGAIN = 0.25;
  /** Zipf exponent of detainees over prisons: at 1.3 the top 5% of 100 prisons hold about 60%. */
  public static final double PRISON_SKEW = 1.3;
  /** Zipf exponent of claims over the claimants of a kind: a few NGOs and outlets make most claims. */
  public static final double CLAIMANT_SKEW = 1.1;
  /** Share of people some claim describes (age, occupation, home town). */
  public static final double PROFILED = 0.6;

  public static Size of(int people) {
    if (people < MINIMUM_PEOPLE) {
      throw new IllegalArgumentException("a generated graph needs at least %d people, not %d".formatted(MINIMUM_PEOPLE, people));
    }
    return new Size(people, Math.max(60, people / 40), Math.max(12, people / 200), Math.max(100, people * 2 / 5),
        Math.max(20, people / 20), Math.min(120, 12 + people / 2_000), Math.max(10, people / 250), Math.max(5, people / 500),
        Math.max(5, people / 200), Math.max(3, people / 1_000), Math.max(2, people / 2_000));
  }
}
