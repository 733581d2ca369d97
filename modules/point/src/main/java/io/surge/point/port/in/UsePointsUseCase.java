package io.surge.point.port.in;

public interface UsePointsUseCase {

    /** Takes the payment or refuses it, and reports which; the same answer however often it is asked. */
    void use(UsePointsCommand command);
}
