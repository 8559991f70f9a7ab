package dev.ryugaku.core.people;

import dev.ryugaku.core.security.CurrentActor;
import dev.ryugaku.core.shared.RecordNotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own appearance (light or dark): only ever their own, so no one else's is read or changed. */
@Service
public class Appearances {

    private final PersonRepository people;
    private final CurrentActor currentActor;

    public Appearances(PersonRepository people, CurrentActor currentActor) {
        this.people = people;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public Appearance mine() {
        return me().getAppearance();
    }

    /** A preference, not a record two people edit: the last choice wins without a version check. */
    @Transactional
    public void choose(Appearance appearance) {
        me().setAppearance(Objects.requireNonNull(appearance));
    }

    private Person me() {
        long personId = currentActor.get().personId();
        return people.findById(personId).orElseThrow(() -> new RecordNotFoundException(PersonService.RECORD_TYPE, personId));
    }
}
