package dev.ryugaku.persistence.enrollment;

import dev.ryugaku.core.enrollment.Enrollment;
import dev.ryugaku.core.enrollment.EnrollmentRepository;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentJpaRepository extends JpaRepository<Enrollment, Long>, EnrollmentRepository {
}
