package dev.lede.aws;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts each notice on an EventBridge bus as an event with source {@value #SOURCE}, detail-type
 * {@value #DETAIL_TYPE} and the notice's JSON as detail, so rules can match on any of its fields
 * ({@code detail.places}, {@code detail.language}, ...). PutEvents answers 200 even when the entry was
 * refused; such an entry is a failure here, retryable when EventBridge says it was throttled or failed
 * internally. Thread-safe.
 */
public final class EventBridgeSummaryPublisher implements SummaryPublisher {
  public static final String SOURCE = "dev.lede";
  public static final String DETAIL_TYPE = "Article Summarised";
  private static final Set<String> RETRYABLE = Set.of("ThrottlingException", "InternalFailure", "InternalException");

  private final EventBridgeClient events;
  private final String eventBus;

  public EventBridgeSummaryPublisher(EventBridgeClient events, String eventBus) {
    this.events = Objects.requireNonNull(events, "events");
    this.eventBus = Objects.requireNonNull(eventBus, "eventBus");
  }

  @Override
  public void publish(SummaryNotice notice) {
    PutEventsRequestEntry entry =
        PutEventsRequestEntry.builder()
            .eventBusName(eventBus)
            .source(SOURCE)
            .detailType(DETAIL_TYPE)
            .detail(new String(notice.toJson(), StandardCharsets.UTF_8))
            .build();
    PutEventsResponse response = events.putEvents(r -> r.entries(entry));
    Integer failed = response.failedEntryCount();
    if (failed != null && failed > 0) {
      PutEventsResultEntry result = response.entries().isEmpty() ? null : response.entries().get(0);
      String code = result == null ? null : result.errorCode();
      throw new NotificationFailedException(
          "EventBridge refused the event: " + code + (result == null ? "" : ": " + result.errorMessage()),
          code != null && RETRYABLE.contains(code),
          null);
    }
  }
}
