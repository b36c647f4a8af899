package cn.jixiao.project.rectification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.tenancy.TenantAccess;

@Tag(name = "整改 Rectification")
@RestController
class RectificationsController {

    private final Rectifications rectifications;

    RectificationsController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Operation(summary = "本区（街道用户为本街道）某年度的整改事项，可按状态、逾期、街道筛选，附各状态及逾期数 / the year's items the "
            + "caller sees, filtered, with counts per status and overdue; the year defaults to the current one")
    @GetMapping("/api/rectifications")
    Mono<RectificationList> list(TenantAccess caller, @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) RectificationState status,
                                 @RequestParam(required = false) Boolean overdue,
                                 @RequestParam(required = false) String streetId) {
        return rectifications.list(caller, year, status, overdue, streetId);
    }
}
