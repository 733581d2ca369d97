package io.surge.ranking.port.in;

public interface RepairFastPathUseCase {

    /**
     * Rebuilds from MySQL every servable day whose Redis copy is known to be wrong (it missed a change, or belongs
     * to another generation).
     *
     * @return how many days were rebuilt
     */
    int repair();
}
