package io.partnerhub.tender.request.web;

import io.partnerhub.tender.distribution.scheduling.FanOutWorker;
import io.partnerhub.tender.request.RequesterDesk;
import io.partnerhub.tender.request.TenderRequest;
import io.partnerhub.tender.request.TenderSubmissions;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side (no account): submit a request (R27), and the requester's link (R31). GET only
 * shows — mail scanners prefetch links — and only POST cancels.
 */
@RestController
@RequestMapping("/public")
public class PublicTenderController {

    private final TenderSubmissions submissions;
    private final RequesterDesk requesterDesk;
    private final FanOutWorker fanOut;

    public PublicTenderController(TenderSubmissions submissions, RequesterDesk requesterDesk, FanOutWorker fanOut) {
        this.submissions = submissions;
        this.requesterDesk = requesterDesk;
        this.fanOut = fanOut;
    }

    @PostMapping("/tenders")
    public ResponseEntity<TenderViews.Submitted> submit(@RequestBody SubmitTenderBody body, HttpServletRequest http) {
        TenderRequest request = submissions.submit(body.form(), http.getRemoteAddr());
        fanOut.wake();
        return ResponseEntity.status(HttpStatus.CREATED).body(new TenderViews.Submitted(request.tenderId(),
                request.status().name(), request.expiresAt(),
                "We emailed you a link to follow and cancel your request."));
    }

    @GetMapping("/tender-links/{token}")
    public ResponseEntity<TenderViews.RequesterPage> requesterPage(@PathVariable String token) {
        TenderRequest request = requesterDesk.view(token);
        return private_(ResponseEntity.ok()).body(
                TenderViews.RequesterPage.of(request, "/public/tender-links/" + token + "/cancellation"));
    }

    @PostMapping("/tender-links/{token}/cancellation")
    public ResponseEntity<TenderViews.Cancelled> cancel(@PathVariable String token) {
        TenderRequest request = requesterDesk.cancel(token);
        return private_(ResponseEntity.ok()).body(new TenderViews.Cancelled(request.tenderId(), request.status().name()));
    }

    private static ResponseEntity.BodyBuilder private_(ResponseEntity.BodyBuilder builder) {
        return builder.cacheControl(CacheControl.noStore()).header("Referrer-Policy", "no-referrer");
    }
}
