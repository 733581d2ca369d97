package io.surge.point.adapter.in.web;

record ChargeResponse(long userId, long balance, long chargedAmount, long entryId) {
}
