package dev.lede.aws;

/** The handler scenarios against Adobe S3Mock, started inside this JVM. */
class S3MockHandlerTest extends S3HandlerScenarios {}
