--liquibase formatted sql

--changeset ryugaku:0010-skill-area
-- the skill catalogue: reference data every installation needs; owners edit, reorder and deactivate
CREATE TABLE skill_area (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    code           VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
    name_ja        VARCHAR(100)  NOT NULL,
    name_en        VARCHAR(100)  NOT NULL,
    description_ja VARCHAR(1000) NOT NULL,
    description_en VARCHAR(1000) NOT NULL,
    sort_order     INT           NOT NULL,
    active         BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT pk_skill_area PRIMARY KEY (id),
    CONSTRAINT uk_skill_area_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_skill_area_sort_order ON skill_area (sort_order);
--rollback DROP TABLE skill_area;

--changeset ryugaku:0010-skill-assessment
-- one assessment per rotation, phase and side (the participant's own, the mentors'); DRAFT until submitted, then final
CREATE TABLE skill_assessment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    version       BIGINT       NOT NULL DEFAULT 0,
    enrollment_id BIGINT       NOT NULL,
    phase         VARCHAR(10)  NOT NULL,
    side          VARCHAR(10)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    author_id     BIGINT       NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    submitted_at  DATETIME(6),
    CONSTRAINT pk_skill_assessment PRIMARY KEY (id),
    CONSTRAINT uk_skill_assessment UNIQUE (enrollment_id, phase, side),
    CONSTRAINT fk_skill_assessment_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id),
    CONSTRAINT fk_skill_assessment_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE skill_assessment;

--changeset ryugaku:0010-skill-rating
CREATE TABLE skill_rating (
    assessment_id BIGINT       NOT NULL,
    skill_area_id BIGINT       NOT NULL,
    skill_level   INT          NOT NULL,
    note          VARCHAR(500),
    CONSTRAINT pk_skill_rating PRIMARY KEY (assessment_id, skill_area_id),
    CONSTRAINT fk_skill_rating_assessment FOREIGN KEY (assessment_id) REFERENCES skill_assessment (id) ON DELETE CASCADE,
    CONSTRAINT fk_skill_rating_skill_area FOREIGN KEY (skill_area_id) REFERENCES skill_area (id),
    CONSTRAINT ck_skill_rating_level CHECK (skill_level BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_skill_rating_skill_area ON skill_rating (skill_area_id);
--rollback DROP TABLE skill_rating;

--changeset ryugaku:0010-skill-area-seed
-- the ten areas the program starts with (issue #7); owners may rename, reorder or deactivate them later
INSERT INTO skill_area (code, name_ja, name_en, description_ja, description_en, sort_order) VALUES
('os-linux', 'OS・Linux', 'OS / Linux',
 'プロセス、メモリ、ファイルシステム、systemd、カーネルパラメータなど、Linuxサーバーの仕組みと操作。',
 'Processes, memory, file systems, systemd and kernel parameters: how a Linux server works and how to operate it.', 1),
('networking-dns', 'ネットワーク・DNS', 'Networking & DNS',
 'TCP/IP、HTTP、TLS、ロードバランサー、DNSの名前解決とレコードの管理。',
 'TCP/IP, HTTP, TLS, load balancers, DNS resolution and managing records.', 2),
('databases', 'データベース', 'Databases',
 'データベースの運用、インデックスとクエリの調査、バックアップとリストア、レプリケーション。',
 'Operating databases: indexes and query analysis, backup and restore, replication.', 3),
('distributed-systems', '分散システム', 'Distributed systems',
 '整合性と可用性のトレードオフ、キュー、リトライとタイムアウト、冪等性、障害の波及。',
 'Consistency and availability trade-offs, queues, retries and timeouts, idempotency, how failures spread.', 4),
('cloud-iac', 'クラウド・IaC', 'Cloud & infrastructure as code',
 'クラウドの主要なサービス、Terraformなどによるインフラのコード化、変更のレビューと適用。',
 'The main cloud services, infrastructure as code with tools such as Terraform, reviewing and applying changes.', 5),
('containers-kubernetes', 'コンテナ・Kubernetes', 'Containers & Kubernetes',
 'コンテナイメージ、Kubernetesのリソースとデプロイ、リソース要求と制限、トラブルシューティング。',
 'Container images, Kubernetes resources and deployments, resource requests and limits, troubleshooting.', 6),
('observability', 'オブザーバビリティ・監視', 'Observability & monitoring',
 'メトリクス、ログ、トレース、ダッシュボード、SLI/SLOとアラートの設計。',
 'Metrics, logs, traces, dashboards, SLIs/SLOs and alert design.', 7),
('incident-response', '障害対応', 'Incident response',
 '検知から切り分け、緩和、連絡、ポストモーテムまでの対応と、オンコール。',
 'From detection to diagnosis, mitigation, communication and the postmortem; being on call.', 8),
('security', 'セキュリティ', 'Security',
 '権限管理、秘密情報の扱い、脆弱性への対応、ネットワークの分離、監査ログ。',
 'Access management, handling secrets, responding to vulnerabilities, network isolation, audit logs.', 9),
('performance-capacity', 'パフォーマンス・キャパシティ', 'Performance & capacity',
 '負荷試験、ボトルネックの特定、キャパシティ計画、性能とコストのバランス。',
 'Load testing, finding bottlenecks, capacity planning, balancing performance against cost.', 10);
--rollback DELETE FROM skill_area WHERE code IN ('os-linux', 'networking-dns', 'databases', 'distributed-systems', 'cloud-iac', 'containers-kubernetes', 'observability', 'incident-response', 'security', 'performance-capacity');
