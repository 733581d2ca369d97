package io.surge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the architecture documentation (C4 component diagram, one diagram and canvas per module) into
 * docs/architecture, where the build renders the diagrams to SVG. Committed, so a change to the module
 * structure shows up in review.
 */
class DocumentationTest {

    private static final Path OUTPUT = Path.of("../docs/architecture");

    @Test
    void writeArchitectureDocumentation() throws IOException {
        new Documenter(ApplicationModules.of(SurgeApplication.class),
                Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeDocumentation();
        sortWhatTheDocumenterLeavesUnordered(OUTPUT);
    }

    /**
     * The Documenter writes a diagram's relations and a canvas's lists (the events a module listens to, ...) in the
     * order of hash-based sets, which changes from run to run. Sorted, a generated file changes only when what it
     * describes does: a diagram's runs of {@code Rel(...)} lines, and each list of a canvas, an item with its
     * sub-items ({@code **}) kept together and sorted among themselves.
     */
    private static void sortWhatTheDocumenterLeavesUnordered(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".puml")) {
                rewrite(file, lines -> sortedRuns(lines, line -> line.startsWith("Rel(")));
            } else if (name.endsWith(".adoc")) {
                rewrite(file, DocumentationTest::sortedLists);
            }
        }
    }

    private interface Rewriting {
        List<String> apply(List<String> lines);
    }

    private static void rewrite(Path file, Rewriting rewriting) throws IOException {
        String text = Files.readString(file);
        boolean endsWithNewline = text.endsWith("\n");
        List<String> lines = rewriting.apply(text.lines().toList());
        Files.writeString(file, String.join("\n", lines) + (endsWithNewline ? "\n" : ""));
    }

    /** Every maximal run of consecutive lines that match, sorted in place. */
    private static List<String> sortedRuns(List<String> lines, Predicate<String> sortable) {
        List<String> sorted = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (sortable.test(line)) {
                run.add(line);
                continue;
            }
            run.sort(Comparator.naturalOrder());
            sorted.addAll(run);
            run.clear();
            sorted.add(line);
        }
        run.sort(Comparator.naturalOrder());
        sorted.addAll(run);
        return sorted;
    }

    /**
     * Every list (consecutive lines of {@code * item} and {@code ** sub-item}; its first line may open a table cell
     * with {@code |}), its items sorted with their sub-items, the cell's {@code |} kept on the first line.
     */
    private static List<String> sortedLists(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (!isItem(lines.get(i))) {
                sorted.add(lines.get(i++));
                continue;
            }
            boolean opensCell = lines.get(i).startsWith("|");
            List<List<String>> items = new ArrayList<>();
            while (i < lines.size() && (isItem(lines.get(i)) || isSubItem(lines.get(i)))
                    && !(lines.get(i).startsWith("|") && !items.isEmpty())) { // a cell's list ends where one opens
                String line = lines.get(i++);
                if (isItem(line)) {
                    items.add(new ArrayList<>(List.of(opensCell && items.isEmpty() ? line.substring(1) : line)));
                } else {
                    items.getLast().add(line);
                }
            }
            for (List<String> item : items) {
                item.subList(1, item.size()).sort(Comparator.naturalOrder());
            }
            items.sort(Comparator.comparing(List::getFirst));
            for (List<String> item : items) {
                sorted.add(opensCell && item == items.getFirst() ? "|" + item.getFirst() : item.getFirst());
                sorted.addAll(item.subList(1, item.size()));
            }
        }
        return sorted;
    }

    private static boolean isItem(String line) {
        return line.startsWith("* ") || line.startsWith("|* ");
    }

    private static boolean isSubItem(String line) {
        return line.startsWith("** ");
    }
}
