package dev.ryugaku.persistence.people;

import dev.ryugaku.core.people.SignInCounter;
import dev.ryugaku.core.people.SignInCounterRepository;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignInCounterJpaRepository extends JpaRepository<SignInCounter, Long>, SignInCounterRepository {

    @Override
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SignInCounter c where c.subjectKey = :subjectKey")
    Optional<SignInCounter> findForUpdate(@Param("subjectKey") String subjectKey);
}
