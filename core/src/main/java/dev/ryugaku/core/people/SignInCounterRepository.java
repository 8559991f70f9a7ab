package dev.ryugaku.core.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface SignInCounterRepository {

    /** The counter, locked for update until the transaction ends, so replicas count one failure at a time. */
    Optional<SignInCounter> findForUpdate(String subjectKey);

    List<SignInCounter> findBySubjectKeyIn(Collection<String> subjectKeys);

    Optional<SignInCounter> findBySubjectKey(String subjectKey);

    SignInCounter saveAndFlush(SignInCounter counter);
}
