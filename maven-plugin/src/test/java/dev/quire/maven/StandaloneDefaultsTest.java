package dev.quire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import org.junit.jupiter.api.Test;

class StandaloneDefaultsTest {

    @Test
    void anUnresolvedProjectExpressionFallsBackUnderTheFolderMavenRunsIn() {
        File root = new File("/work/docs");
        assertEquals(new File(root, "src/site"),
                StandaloneDefaults.resolve(new File("/work/docs/${project.basedir}/src/site"), root, "src/site"));
        assertEquals(new File(root, "target/site"), StandaloneDefaults.resolve(null, root, "target/site"));
    }

    @Test
    void aResolvedFolderIsKept() {
        File configured = new File("/work/project/src/docs");
        assertEquals(configured, StandaloneDefaults.resolve(configured, new File("/work"), "src/site"));
    }
}
