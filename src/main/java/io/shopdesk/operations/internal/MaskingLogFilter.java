package io.shopdesk.operations.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps personal data out of the logs: a log call whose message (with its arguments) contains any is replaced by
 * the same event with the data masked ({@link PiiMasker}), for plain and structured (JSON) logs alike. Stack traces
 * are logged as they are. Installed by {@link MaskingLogConfiguration} when {@code shopdesk.operations.mask-logs}
 * is on (the default).
 */
final class MaskingLogFilter extends TurboFilter {

    private static final String FQCN = Logger.class.getName();

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null || level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        String message = params == null || params.length == 0
                ? format
                : MessageFormatter.arrayFormat(format, params).getMessage();
        if (!mightHoldPersonalData(message)) {
            return FilterReply.NEUTRAL;
        }
        String masked = PiiMasker.mask(message);
        if (masked.equals(message)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : MessageFormatter.getThrowableCandidate(params);
        var event = new LoggingEvent(FQCN, logger, level, masked, thrown, null);
        if (marker != null) {
            event.addMarker(marker);
        }
        logger.callAppenders(event);
        return FilterReply.DENY;
    }

    /** Every kind of personal data the masker finds has a digit or an at sign. */
    private static boolean mightHoldPersonalData(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '@' || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return false;
    }

    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(MaskingLogFilter.class::isInstance)) {
            var filter = new MaskingLogFilter();
            filter.setName("pii-masking");
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }
}
