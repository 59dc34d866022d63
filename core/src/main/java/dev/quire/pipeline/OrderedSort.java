package dev.quire.pipeline;

import dev.quire.spi.Ordered;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders components by their {@code after}/{@code before} constraints; among components free to
 * run, the one with the smallest name goes first, so the order is the same on every machine.
 */
final class OrderedSort {

    private OrderedSort() {
    }

    static <T extends Ordered> List<T> sort(Collection<T> components) {
        Map<String, T> byName = new TreeMap<>();
        for (T component : components) {
            T previous = byName.put(component.name(), component);
            if (previous != null) {
                throw new IllegalStateException("two components are named '" + component.name() + "': "
                        + previous.getClass().getName() + " and " + component.getClass().getName());
            }
        }
        Map<String, Set<String>> predecessors = new HashMap<>();
        byName.keySet().forEach(name -> predecessors.put(name, new HashSet<>()));
        for (T component : byName.values()) {
            for (String first : component.after()) {
                if (byName.containsKey(first)) {
                    predecessors.get(component.name()).add(first);
                }
            }
            for (String later : component.before()) {
                if (byName.containsKey(later)) {
                    predecessors.get(later).add(component.name());
                }
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>(Comparator.naturalOrder());
        predecessors.forEach((name, before) -> {
            if (before.isEmpty()) {
                ready.add(name);
            }
        });
        List<T> sorted = new ArrayList<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            sorted.add(byName.get(name));
            for (Map.Entry<String, Set<String>> entry : predecessors.entrySet()) {
                if (entry.getValue().remove(name) && entry.getValue().isEmpty()) {
                    ready.add(entry.getKey());
                }
            }
        }
        if (sorted.size() != byName.size()) {
            List<String> cycle = byName.keySet().stream().filter(n -> !sorted.contains(byName.get(n))).toList();
            throw new IllegalStateException("components wait for each other in a cycle: " + cycle);
        }
        return List.copyOf(sorted);
    }
}
