package io.partnerhub.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every single-place change of a plausible body, in an order that reaches every place with a null
 * first, then a null inside every list, then each other hostile value, a dropped field and an
 * extra one: the n-th request of an operation sends change n (round robin), so even a few hundred
 * requests put a null in every position.
 */
final class BodyMutations {

    /** Where in the tree: the field names and array indexes from the root. */
    private record Place(List<Object> steps, boolean isArray, boolean isField) {
    }

    private final JsonNode plausible;
    private final List<Place> places = new ArrayList<>();

    BodyMutations(JsonNode plausible) {
        this.plausible = plausible;
        collect(plausible, new ArrayList<>(), false);
    }

    /** The body of the n-th request. */
    JsonNode nth(int n, Random random) {
        JsonNode body = plausible.deepCopy();
        if (places.isEmpty()) {
            return body;
        }
        int round = n / places.size();
        Place place = places.get(n % places.size());
        switch (round % 4) {
            case 0 -> replace(body, place, JsonNodeFactory.instance.nullNode());
            case 1 -> {
                JsonNode target = at(body, place.steps());
                if (target instanceof ArrayNode array) {
                    array.addNull();
                } else {
                    replace(body, place, HostileValues.value(random));
                }
            }
            case 2 -> {
                if (place.isField() && random.nextBoolean()) {
                    remove(body, place);
                } else if (at(body, parentSteps(place)) instanceof ObjectNode parent) {
                    parent.set("unexpected", HostileValues.value(random));
                }
            }
            default -> replace(body, place, HostileValues.value(random));
        }
        return body;
    }

    private void collect(JsonNode node, List<Object> steps, boolean isField) {
        if (!steps.isEmpty()) {
            places.add(new Place(List.copyOf(steps), node.isArray(), isField));
        }
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                steps.add(name);
                collect(object.get(name), steps, true);
                steps.remove(steps.size() - 1);
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                steps.add(i);
                collect(array.get(i), steps, false);
                steps.remove(steps.size() - 1);
            }
        }
    }

    private static List<Object> parentSteps(Place place) {
        return place.steps().subList(0, place.steps().size() - 1);
    }

    private static JsonNode at(JsonNode root, List<Object> steps) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static void replace(JsonNode root, Place place, JsonNode value) {
        JsonNode parent = at(root, parentSteps(place));
        Object last = place.steps().get(place.steps().size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
    }

    private static void remove(JsonNode root, Place place) {
        if (at(root, parentSteps(place)) instanceof ObjectNode object) {
            object.remove((String) place.steps().get(place.steps().size() - 1));
        }
    }
}
