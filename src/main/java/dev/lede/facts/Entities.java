package dev.lede.facts;

import java.util.List;

/** The named entities of one text, by kind, each list sorted by salience (most salient first). */
public record Entities(List<Entity> people, List<Entity> organizations, List<Entity> places) {
  public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

  public Entities {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
  }
}
