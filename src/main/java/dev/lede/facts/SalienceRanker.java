package dev.lede.facts;

import java.util.Comparator;
import java.util.List;

/**
 * Orders entities by salience: how often they are mentioned plus a bonus of up to two mentions for
 * being named early (the first mention at the very start earns two, one at the end nothing). Ties go to
 * the entity named first.
 */
final class SalienceRanker {
  private SalienceRanker() {}

  static double score(Entity e, int textLength) {
    int first = e.spans().isEmpty() ? 0 : e.spans().get(0).start(); // no span: named only in the heading
    return e.mentions() + 2.0 * (1.0 - (double) first / Math.max(1, textLength));
  }

  static void sort(List<Entity> entities, int textLength) {
    // a class, not a lambda chain, whose bootstrap would cost a cold start
    entities.sort(new Comparator<Entity>() {
      @Override
      public int compare(Entity a, Entity b) {
        int byScore = Double.compare(-score(a, textLength), -score(b, textLength));
        return byScore != 0 ? byScore : Integer.compare(firstStart(a), firstStart(b));
      }
    });
  }

  private static int firstStart(Entity e) {
    return e.spans().isEmpty() ? -1 : e.spans().get(0).start();
  }
}
