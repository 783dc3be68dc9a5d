package se.finsam.uppfoljning.budget.rest;

import jakarta.ws.rs.core.Response;
import se.finsam.uppfoljning.budget.BudgetFel;
import se.finsam.uppfoljning.budget.boundary.Bilagefil;
import se.finsam.uppfoljning.budget.boundary.EkonomiView.RekvisitionView;
import se.finsam.uppfoljning.budget.entity.Bilagetyp;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.rest.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** Reading an attachment's bytes from a request (never more than the limit) and handing one out. */
final class BudgetFiler {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private BudgetFiler() {
    }

    /** The body up to 10 MB; one byte more is refused before the rest is read. */
    static byte[] read(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(Bilagetyp.MAX_BYTES + 1);
            if (bytes.length > Bilagetyp.MAX_BYTES) {
                throw UppfoljningException.withFields(BudgetFel.BILAGA_FOR_STOR,
                        List.of(new FieldError("bilaga", "Bilagan får vara högst 10 MB.")));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A too-large body is not read to its end, so that connection cannot carry another request. */
    static Response attach(Supplier<RekvisitionView> action) {
        try {
            return Response.ok(action.get()).build();
        } catch (UppfoljningException e) {
            if (BudgetFel.BILAGA_FOR_STOR.code().equals(e.code())) {
                return Response.fromResponse(Problem.of(e)).header("Connection", "close").build();
            }
            throw e;
        }
    }

    static Response download(Bilagefil fil) {
        return Response.ok(fil.innehall(), fil.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(fil.filnamn(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
