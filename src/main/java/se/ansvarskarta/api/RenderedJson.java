package se.ansvarskarta.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.json.UTF8JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A list of a GraphQL answer completed by {@link LightListExecutionStrategy}, already written as JSON (UTF-8, in
 * chunks of at most 64 kB): when the answer is written, its bytes are copied into the response as they are.
 * <p>
 * A whole-model answer is a million objects; built as objects, all of them stay alive until the last byte of the
 * answer is written, and the garbage collector copies them again and again meanwhile. As bytes, the same answer is
 * about nine hundred arrays. The bytes are what Jackson's own generator writes for the same values, so the answer is the
 * same byte for byte ({@code LightListExecutionTest}).
 */
@JsonSerialize(using = RenderedJson.Json.class)
final class RenderedJson {

    private static final int CHUNK = 64 * 1024;

    private final byte[][] chunks;

    private RenderedJson(byte[][] chunks) {
        this.chunks = chunks;
    }

    /** The JSON text (for a generator that writes characters, and for reading it in a debugger). */
    @Override
    public String toString() {
        int length = 0;
        for (byte[] chunk : chunks) {
            length += chunk.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        return new String(all, StandardCharsets.UTF_8);
    }

    /** Where a list is written while it is completed: bytes in chunks, each array exactly as long as its content. */
    static final class Output extends OutputStream {

        private final List<byte[]> full = new ArrayList<>();
        private byte[] current = new byte[1024];
        private int used;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            while (length > 0) {
                if (used == current.length) {
                    if (current.length < CHUNK) {
                        current = Arrays.copyOf(current, Math.min(CHUNK, current.length * 4));
                    } else {
                        full.add(current);
                        current = new byte[CHUNK];
                        used = 0;
                    }
                }
                int n = Math.min(length, current.length - used);
                System.arraycopy(bytes, offset, current, used, n);
                used += n;
                offset += n;
                length -= n;
            }
        }

        RenderedJson rendered() {
            List<byte[]> all = new ArrayList<>(full);
            all.add(Arrays.copyOf(current, used));
            return new RenderedJson(all.toArray(byte[][]::new));
        }
    }

    /** Writes the bytes as a raw value: the generator adds the separator before it, as for any value. */
    static final class Json extends ValueSerializer<RenderedJson> {

        @Override
        public void serialize(RenderedJson value, JsonGenerator json, SerializationContext context) {
            if (!(json instanceof UTF8JsonGenerator)) {
                json.writeRawValue(value.toString());
                return;
            }
            json.writeRawValue(new Bytes(value.chunks[0]));
            for (int i = 1; i < value.chunks.length; i++) {
                json.writeRaw(new Bytes(value.chunks[i]));
            }
        }
    }

    /** One chunk, for the byte-writing generator's raw output (the quoting methods are never used for raw text). */
    private record Bytes(byte[] utf8) implements SerializableString {

        @Override
        public String getValue() {
            return new String(utf8, StandardCharsets.UTF_8);
        }

        @Override
        public int charLength() {
            return getValue().length();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8;
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            String text = getValue();
            if (offset + text.length() > buffer.length) {
                return -1;
            }
            text.getChars(0, text.length(), buffer, offset);
            return text.length();
        }

        @Override
        public int writeUnquotedUTF8(OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putUnquotedUTF8(ByteBuffer buffer) {
            if (utf8.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }

        @Override
        public char[] asQuotedChars() {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public byte[] asQuotedUTF8() {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int writeQuotedUTF8(OutputStream out) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }

        @Override
        public int putQuotedUTF8(ByteBuffer buffer) {
            throw new UnsupportedOperationException("raw JSON is never quoted");
        }
    }
}
