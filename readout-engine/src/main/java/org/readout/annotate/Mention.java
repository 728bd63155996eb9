package org.readout.annotate;

/**
 * A known thing found in the text: a person's name form, a country name, adjective or capital, a place,
 * a title, an engagement trigger word or a status cue. {@code value} is the knowledge-base entry
 * (for example a {@code People.NameForm} or a {@code Countries.Ref}); offsets are in the cleaned text.
 */
public record Mention(MentionType type, int sentence, int start, int end, String text, Object value) {
    public <T> T as(Class<T> type) {
        return type.cast(value);
    }
}
