package io.dateline.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderTest {

    @TempDir
    Path dir;

    @Test
    void shouldOfferOnlyTopLevelFilesThatAreNotHiddenOrTemporary() throws IOException {
        DropFolder folder = new DropFolder(dir);
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.writeString(dir.resolve("a.xml"), "x");
        Files.writeString(dir.resolve(".c.txt"), "x");
        Files.writeString(dir.resolve("d.json.part"), "x");
        Files.writeString(dir.resolve("e.TMP"), "x");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub").resolve("f.txt"), "x");

        assertThat(folder.candidates()).containsExactly(dir.resolve("a.xml"), dir.resolve("b.txt"));
    }

    @Test
    void shouldNeverOverwriteInProcessedOrRejected() throws IOException {
        DropFolder folder = new DropFolder(dir);
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("story.txt"), "copy " + i);
            folder.processed(dir.resolve("story.txt"));
        }
        Files.writeString(dir.resolve("bad.xml"), "<x/>");
        Path rejected = folder.rejected(dir.resolve("bad.xml"), "reason: test\n");
        Files.writeString(dir.resolve("bad.xml"), "<y/>");
        Path again = folder.rejected(dir.resolve("bad.xml"), "reason: again\n");

        Path processed = dir.resolve(DropFolder.PROCESSED);
        assertThat(processed.resolve("story.txt")).hasContent("copy 0");
        assertThat(processed.resolve("story.1.txt")).hasContent("copy 1");
        assertThat(processed.resolve("story.2.txt")).hasContent("copy 2");
        assertThat(rejected).isEqualTo(dir.resolve(DropFolder.REJECTED).resolve("bad.xml"));
        assertThat(again).isEqualTo(dir.resolve(DropFolder.REJECTED).resolve("bad.1.xml")).hasContent("<y/>");
        assertThat(dir.resolve(DropFolder.REJECTED).resolve("bad.xml.reason.txt")).hasContent("reason: test\n");
        assertThat(dir.resolve(DropFolder.REJECTED).resolve("bad.1.xml.reason.txt")).hasContent("reason: again\n");
    }

    @Test
    void shouldTakeAFileOnlyOnceItsSizeAndTimeStayedTheSameForTheSettleTime() throws IOException {
        SettledFiles settled = new SettledFiles(1_000);
        Path file = Files.writeString(dir.resolve("a.txt"), "part");

        assertThat(settled.settled(List.of(file), 10_000)).isEmpty();
        assertThat(settled.settled(List.of(file), 10_500)).isEmpty();
        Files.writeString(file, "part and more");
        assertThat(settled.settled(List.of(file), 11_200)).isEmpty();
        assertThat(settled.settled(List.of(file), 12_200)).containsExactly(file);
    }

    @Test
    void shouldNumberNamesBeforeTheExtension() {
        assertThat(DropFolder.numbered("story.txt", 2)).isEqualTo("story.2.txt");
        assertThat(DropFolder.numbered("story", 1)).isEqualTo("story.1");
        assertThat(DropFolder.numbered(".hidden", 1)).isEqualTo(".hidden.1");
    }
}
