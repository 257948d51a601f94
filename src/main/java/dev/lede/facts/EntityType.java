package dev.lede.facts;

/** The kinds of named entity Lede reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE
}
