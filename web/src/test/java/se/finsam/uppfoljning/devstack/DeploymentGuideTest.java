package se.finsam.uppfoljning.devstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's deployment sections say what the build does: Payara Micro's post-boot file is the
 * pool the integration tests give their Payara Micro, and the Payara Server commands (which
 * PayaraServerDeployIT runs) create that same pool.
 */
class DeploymentGuideTest {

    @Test
    void microPoolFileIsTheDevStacksPool() throws IOException {
        assertThat(DeploymentGuide.read().microPoolFile()).isEqualTo(DeploymentGuide.examplePool());
    }

    @Test
    void serverCommandsCreateTheSamePoolAndDeployTheWar() throws IOException {
        List<String> commands = DeploymentGuide.read().serverCommands();
        assertThat(commands).allMatch(c -> c.startsWith("asadmin "));
        assertThat(commands).containsSubsequence(
                DeploymentGuide.examplePool().stream().map(c -> "asadmin " + c).toList());
        assertThat(commands.getLast()).isEqualTo("asadmin deploy --contextroot uppfoljning " + DeploymentGuide.EXAMPLE_WAR);
    }
}
