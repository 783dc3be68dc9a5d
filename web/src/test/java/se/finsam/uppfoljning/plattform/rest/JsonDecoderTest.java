package se.finsam.uppfoljning.plattform.rest;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonDecoderTest {

    enum Farg { ROD, GRON }

    record Rad(Integer nummer, String text) {
    }

    record Indata(long version, Integer antal, Boolean klar, LocalDate datum, Farg farg, List<Rad> rader) {
    }

    private static JsonValue json(String s) {
        return Json.createReader(new StringReader(s)).readValue();
    }

    @Test
    void decodesAValidBody() {
        JsonDecoder.Result r = JsonDecoder.decode(json("""
                {"version":3,"antal":7,"klar":true,"datum":"2022-06-30","farg":"GRON","rader":[{"nummer":1,"text":"a"}]}"""),
                Indata.class);
        assertThat(r.errors()).isEmpty();
        assertThat(r.value()).isEqualTo(new Indata(3, 7, true, LocalDate.of(2022, 6, 30), Farg.GRON, List.of(new Rad(1, "a"))));
    }

    @Test
    void reportsEveryBadFieldAtOnceWithItsPath() {
        JsonDecoder.Result r = JsonDecoder.decode(json("""
                {"antal":"sju","klar":1,"datum":"30/6","farg":"BLA","rader":[{"nummer":1.5,"text":2}],"okand":0}"""),
                Indata.class);
        assertThat(r.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "okand", "version", "antal", "klar", "datum", "farg", "rader[0].nummer", "rader[0].text");
    }

    @Test
    void refusesNumbersOutOfRangeWithoutBuildingThem() {
        JsonDecoder.Result r = JsonDecoder.decode(json("{\"version\":1e999999999,\"antal\":3000000000}"), Indata.class);
        assertThat(r.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("version", "antal");
    }

    @Test
    void wholeNumbersKeepTheirDeclaredType() {
        JsonDecoder.Result r = JsonDecoder.decode(json("{\"version\":2,\"antal\":3}"), Indata.class);
        assertThat(((Indata) r.value()).antal()).isInstanceOf(Integer.class).isEqualTo(3);
    }

    @Test
    void listsOfRecordsAreSupported() throws Exception {
        Type listOfRad = JsonDecoderTest.class.getDeclaredMethod("rader").getGenericReturnType();
        assertThat(JsonDecoder.supports(listOfRad)).isTrue();
        JsonDecoder.Result r = JsonDecoder.decode(json("[{\"nummer\":1},null,{\"nummer\":\"x\"}]"), listOfRad);
        assertThat(r.errors()).extracting(FieldError::field).containsExactly("[1]", "[2].nummer");
    }

    @Test
    void theParserRefusesDeepNestingAndTrailingGarbage() {
        assertThatThrownBy(() -> JsonBodyReader.parse("[".repeat(10_000) + "]".repeat(10_000)))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> assertThat(e.code()).isEqualTo("PLT-423"));
        assertThatThrownBy(() -> JsonBodyReader.parse("{} {}"))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> assertThat(e.code()).isEqualTo("PLT-420"));
        assertThatThrownBy(() -> JsonBodyReader.parse("{\"a\":"))
                .isInstanceOfSatisfying(UppfoljningException.class, e -> assertThat(e.code()).isEqualTo("PLT-420"));
    }

    @SuppressWarnings("unused")
    private static List<Rad> rader() {
        return List.of();
    }
}
