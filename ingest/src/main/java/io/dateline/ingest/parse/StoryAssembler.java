package io.dateline.ingest.parse;

import io.dateline.avro.InputFormat;
import io.dateline.avro.PubStatus;
import io.dateline.avro.RawStory;

/**
 * The fields a {@link WireFormat} read -> a complete {@code RawStory}: the content-derived id when the format gave none
 * (see {@link StoryIds}; from the headline when the body is empty), version 1 and USABLE unless the format said otherwise, the content hash, {@code received}
 * from the context's clock, and the provenance. Every format ends with it, so these rules hold for all of them.
 */
public final class StoryAssembler {

    private StoryAssembler() {
    }

    /**
     * @param fields        what the format read; must have headline and body, may have anything else
     * @param format        the format it was read in
     * @param input         the input it came from
     * @param position      its zero-based index inside the input
     * @param parserVersion the parser's name and version
     * @param context       clock and host
     */
    public static RawStory assemble(RawStory.Builder fields, InputFormat format, WireInput input, int position,
                                    String parserVersion, ParseContext context) {
        String body = fields.getBody();
        String headline = fields.getHeadline();
        if (!fields.hasId()) {
            fields.setId(StoryIds.derivedId(fields.getAgency(), body.isEmpty() ? headline : body));
        }
        if (!fields.hasVersion()) {
            fields.setVersion(1L);
        }
        if (!fields.hasPubStatus()) {
            fields.setPubStatus(PubStatus.USABLE);
        }
        return fields.setFormat(format)
                .setContentHash(StoryIds.contentHash(headline, body))
                .setReceived(context.received())
                .setProvenance(context.provenance(input, position, parserVersion))
                .build();
    }
}
