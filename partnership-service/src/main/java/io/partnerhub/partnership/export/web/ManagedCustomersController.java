package io.partnerhub.partnership.export.web;

import io.partnerhub.kit.security.Caller;
import io.partnerhub.partnership.export.application.ManagedCustomersExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** R6: GET the partner's managed customers as a streamed CSV file. */
@RestController
public class ManagedCustomersController {

    private final ManagedCustomersExport export;

    public ManagedCustomersController(ManagedCustomersExport export) {
        this.export = export;
    }

    @GetMapping(value = "/partners/me/customers.csv", produces = "text/csv")
    public ResponseEntity<StreamingResponseBody> export(Caller caller) {
        ManagedCustomersExport.Body body = export.prepare(caller);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"managed-customers.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(body::writeTo);
    }
}
