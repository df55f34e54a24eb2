package vn.motcua.engine.dossier;

import vn.motcua.catalog.version.Channel;
import vn.motcua.tenants.problem.InvalidInput;

/**
 * How the result reached the citizen: by which channel, who received it (the citizen, someone
 * authorised, the postal service) and a reference (the postal tracking number, the download).
 */
public record ResultDelivery(Channel channel, String receiver, String reference) {

    public ResultDelivery {
        if (channel == null) {
            throw new InvalidInput("channel", "how the result was returned is required");
        }
        if (receiver == null || receiver.isBlank()) {
            throw new InvalidInput("receiver", "who received the result is required");
        }
    }
}
