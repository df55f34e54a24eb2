package vn.motcua.engine;

public enum EventType {
    RECEIVED, STEP_COMPLETED, COMPLETED
}
