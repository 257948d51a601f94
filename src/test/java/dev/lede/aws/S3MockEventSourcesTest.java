package dev.lede.aws;

/** The event-source scenarios against Adobe S3Mock, started inside this JVM. */
class S3MockEventSourcesTest extends EventSourceScenarios {}
