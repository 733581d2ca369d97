package io.surge;

import java.util.List;

import io.surge.catalog.domain.Product;
import io.surge.catalog.port.in.ListProductsQuery;
import io.surge.catalog.port.in.RegisterProductCommand;
import io.surge.catalog.port.in.RegisterProductUseCase;
import io.surge.coupon.domain.Coupon;
import io.surge.coupon.domain.DiscountType;
import io.surge.coupon.port.in.CreateCouponCommand;
import io.surge.coupon.port.in.CreateCouponUseCase;
import io.surge.coupon.port.in.IssueCouponCommand;
import io.surge.coupon.port.in.IssueCouponUseCase;
import io.surge.point.port.in.ChargePointsCommand;
import io.surge.point.port.in.ChargePointsUseCase;
import io.surge.point.port.in.GetBalanceQuery;
import io.surge.shared.paging.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A little data to try the API with, loaded through the use cases once (skipped when the catalog has products):
 * user 1 with 100,000 points, three products, and a coupon of 2,000 off orders of 10,000 or more, issued to user 1.
 */
@TestConfiguration(proxyBeanMethods = false)
class DemoData {

    static final long DEMO_USER = 1;
    private static final long DEMO_POINTS = 100_000;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    @Bean
    ApplicationRunner loadDemoData(ChargePointsUseCase chargePoints, GetBalanceQuery balances,
            RegisterProductUseCase registerProduct, ListProductsQuery products, CreateCouponUseCase createCoupon,
            IssueCouponUseCase issueCoupon, Environment env) {
        return args -> {
            if (products.products(PageRequest.first(1)).items().isEmpty()) {
                List<Product> shelf = List.of(
                        registerProduct.register(new RegisterProductCommand("Mechanical keyboard", 89_000, 100)),
                        registerProduct.register(new RegisterProductCommand("Wireless mouse", 29_000, 200)),
                        registerProduct.register(new RegisterProductCommand("USB-C hub", 15_000, 50)));
                Coupon coupon = createCoupon.create(new CreateCouponCommand("2,000 off 10,000", DiscountType.FIXED,
                        2_000, null, 10_000L, 100, null, null, 30));
                long userCouponId = issueCoupon.issue(new IssueCouponCommand(coupon.couponId(), DEMO_USER))
                        .userCouponId();
                chargePoints.charge(new ChargePointsCommand(DEMO_USER, DEMO_POINTS));
                log.info("Demo data: products {}, coupon {} issued to user {} as user coupon {}",
                        shelf.stream().map(Product::productId).toList(), coupon.couponId(), DEMO_USER, userCouponId);
            }
            String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
            log.info("""

                    Surge is up.
                      API          {}/api/v1/products
                      Swagger UI   {}/swagger-ui.html
                      OpenAPI      {}/v3/api-docs
                      Health       {}/actuator/health
                      Modules      {}/actuator/modulith (admin)
                    Demo user 1 has {} points and a coupon: see README "Try the API".
                    Tokens are signed with the development secret: ./surge token 1 (or ./surge token 0 --admin).
                    """, base, base, base, base, base, balances.balanceOf(DEMO_USER).balance());
        };
    }
}
