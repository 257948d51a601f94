package dev.lede.facts;

import java.util.List;

/** Everything factual Lede extracts from an article. Lists are immutable and ordered by salience or position. */
public record KeyFacts(
    List<Entity> people,
    List<Entity> organizations,
    List<Entity> places,
    List<DateFact> dates,
    List<NumberFact> numbers,
    List<Quote> quotes) {
  public static final KeyFacts EMPTY =
      new KeyFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public KeyFacts {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
    dates = List.copyOf(dates);
    numbers = List.copyOf(numbers);
    quotes = List.copyOf(quotes);
  }
}
