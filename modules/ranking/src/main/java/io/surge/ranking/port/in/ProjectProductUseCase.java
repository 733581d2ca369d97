package io.surge.ranking.port.in;

public interface ProjectProductUseCase {

    /** Keeps the newest report of the product; an older one arriving late changes nothing. */
    void project(ProjectProductCommand command);
}
