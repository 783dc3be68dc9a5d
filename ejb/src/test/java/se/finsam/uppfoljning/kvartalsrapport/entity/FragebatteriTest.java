package se.finsam.uppfoljning.kvartalsrapport.entity;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.partner.entity.Forbund;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FragebatteriTest {

    private static Fragebatteri tre() {
        Fragebatteri fb = new Fragebatteri(new Forbund("demo-annat", "Annat"), 2093, 1);
        fb.ask("a", "A", "Fråga a", Svarstyp.JA_NEJ, List.of("NEJ"));
        fb.ask("b", "B", "Fråga b", Svarstyp.OK_EJ_OK, List.of());
        fb.ask("c", "C", "Fråga c", Svarstyp.JA_NEJ_DELVIS, List.of());
        return fb;
    }

    @Test
    void arrangingPutsTheQuestionsInTheGivenOrderAndRenumbersThem() {
        Fragebatteri fb = tre();
        fb.arrange(List.of("c", "a", "b"));
        assertThat(fb.fragor()).extracting(Fraga::kod).containsExactly("c", "a", "b");
        assertThat(fb.fragor()).extracting(Fraga::position).containsExactly(1, 2, 3);
    }

    @Test
    void anOrderMustNameEveryQuestionOnce() {
        Fragebatteri fb = tre();
        assertThatThrownBy(() -> fb.arrange(List.of("c", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fb.arrange(List.of("c", "a", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fb.arrange(List.of("c", "a", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(fb.fragor()).extracting(Fraga::kod).containsExactly("a", "b", "c");
    }

    @Test
    void theAnswerTypeOfAnAskedQuestionNeverChangesButItsWordsDo() {
        Fragebatteri fb = tre();
        fb.ask("a", "A2", "Fråga a, omformulerad", Svarstyp.JA_NEJ, List.of());
        assertThat(fb.fraga("a").orElseThrow().rubrik()).isEqualTo("A2");
        assertThatThrownBy(() -> fb.ask("a", "A", "x", Svarstyp.OK_EJ_OK, List.of())).isInstanceOf(IllegalStateException.class);
    }
}
