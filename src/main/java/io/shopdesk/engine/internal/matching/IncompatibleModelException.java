package io.shopdesk.engine.internal.matching;

import java.io.IOException;

/**
 * A stored model is sound but was trained with another sentence encoder than this runtime's (a different model,
 * or different weights): its vectors cannot be compared with new questions', so it must be trained again.
 */
public class IncompatibleModelException extends IOException {

    public IncompatibleModelException(String trainedWith, String runtimeUses) {
        super("The model was trained with the encoder " + trainedWith + "; this runtime uses " + runtimeUses);
    }
}
