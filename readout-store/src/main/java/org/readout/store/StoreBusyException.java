package org.readout.store;

/** Every read connection of a {@link StoreReader} stayed taken while a reader waited for one: try again shortly. */
public final class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message) {
        super(message);
    }
}
