package io.partnerhub.events.evolution;

import org.apache.avro.Schema;

/**
 * Turns the JSON-pointer location of an Avro incompatibility ({@code /fields/3/type/fields/1}) into
 * the dotted field path of the reader schema ({@code Record.metadata.eventId}), so a failing check
 * names the field and not only its position.
 */
final class FieldPath {

    private FieldPath() {
    }

    static String of(Schema reader, String location) {
        StringBuilder path = new StringBuilder(reader.getName());
        Schema schema = reader;
        String[] tokens = location.split("/");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.equals("fields") && i + 1 < tokens.length && schema.getType() == Schema.Type.RECORD
                    && isIndex(tokens[i + 1]) && Integer.parseInt(tokens[i + 1]) < schema.getFields().size()) {
                Schema.Field field = schema.getFields().get(Integer.parseInt(tokens[++i]));
                path.append('.').append(field.name());
                schema = field.schema();
            } else if (isIndex(token) && schema.getType() == Schema.Type.UNION
                    && Integer.parseInt(token) < schema.getTypes().size()) {
                schema = schema.getTypes().get(Integer.parseInt(token));
            } else if (token.equals("items") && schema.getType() == Schema.Type.ARRAY) {
                schema = schema.getElementType();
                path.append("[]");
            } else if (token.equals("values") && schema.getType() == Schema.Type.MAP) {
                schema = schema.getValueType();
                path.append("{}");
            }
        }
        return path.toString();
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }
}
