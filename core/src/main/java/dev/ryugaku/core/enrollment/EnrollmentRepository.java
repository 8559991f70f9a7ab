package dev.ryugaku.core.enrollment;

public interface EnrollmentRepository {

    Enrollment save(Enrollment enrollment);

    long count();
}
