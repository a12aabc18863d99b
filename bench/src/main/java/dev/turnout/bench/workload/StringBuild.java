package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code string_build}: per person, one label by {@code +} concatenation with UPPER/LOWER and one code by FORMAT
 * with SUBSTRING and LENGTH; both lists JOINed — string building and the string library. Input
 * {@code {"people": [{"id", "first", "last", "city"}]}} (ASCII names, so case mapping is the same everywhere).
 */
public final class StringBuild extends Workload {
    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
            "John", "Margaret", "Niklaus", "Radia", "Ken", "Leslie", "Tony", "Hedy", "Dennis"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
            "Backus", "Hamilton", "Wirth", "Perlman", "Thompson", "Lamport", "Hoare", "Lamarr", "Ritchie"};
    private static final String[] CITY = {"London", "Arlington", "Manchester", "Amsterdam", "Boston", "Stanford",
            "Zurich", "Cambridge", "Vienna", "Oslo", "Lisbon", "Kyoto"};

    public StringBuild() {
        super("string_build");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(31_337L);
        int count = scale == Scale.BENCH ? 5_000 : 200;
        ArrayNode people = JsonTrees.array();
        for (int i = 0; i < count; i++) {
            ObjectNode p = people.addObject();
            p.put("id", 1_000 + i);
            p.put("first", FIRST[random.nextInt(FIRST.length)]);
            p.put("last", LAST[random.nextInt(LAST.length)] + (random.nextInt(4) == 0 ? "-Smith" : ""));
            p.put("city", CITY[random.nextInt(CITY.length)]);
        }
        ObjectNode in = JsonTrees.object();
        in.set("people", people);
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        JsonNode people = input.get("people");
        List<String> labels = new ArrayList<>(people.size());
        List<String> codes = new ArrayList<>(people.size());
        for (JsonNode p : people) {
            String first = p.get("first").textValue();
            String city = p.get("city").textValue();
            labels.add(p.get("last").textValue().toUpperCase(Locale.ROOT) + ", " + first + " ("
                    + city.toLowerCase(Locale.ROOT) + ")");
            codes.add(city.substring(0, Math.min(3, city.length())) + "-" + p.get("id").longValue() + "-"
                    + first.length());
        }
        ObjectNode out = JsonTrees.object();
        out.put("count", labels.size());
        out.put("labels", String.join("; ", labels));
        out.put("codes", String.join(",", codes));
        return out;
    }
}
