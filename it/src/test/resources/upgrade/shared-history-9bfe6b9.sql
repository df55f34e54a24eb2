-- A Motcua database as the main branch at commit 9bfe6b9 left it: one Flyway history (flyway_schema_history,
-- V1 … V33 shared by all modules), the demo data, and a row or more in every table. Made once, on the
-- integration-test stack of that commit: the EAR deployed (migrations + demo data), then through the API two
-- dossiers received at Huyện Hải Lăng (one advanced a step), Hải Lăng's own week and a day off, Phường 5's office
-- hours, adoption with an override and a service day, Quảng Trị's 2031 holiday decision, the 2034 national
-- notice, a commune created and renamed (tenant history) — then dumped with the stack's MariaDB 11.4.5 client:
--   .stack/mariadb/base-test/bin/mariadb-dump --no-defaults --host=127.0.0.1 --port=<db port> --user=motcua \
--     --password=motcua --skip-ssl --single-transaction --skip-dump-date --default-character-set=utf8mb4 \
--     --skip-extended-insert motcua
-- SchemaUpgradeIT loads it into a scratch database and upgrades it to the module histories. Do not edit.
/*M!999999\- enable the sandbox mode */ 
-- MariaDB dump 10.19-11.4.5-MariaDB, for linux-systemd (x86_64)
--
-- Host: 127.0.0.1    Database: motcua
-- ------------------------------------------------------
-- Server version	11.4.5-MariaDB

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*M!100616 SET @OLD_NOTE_VERBOSITY=@@NOTE_VERBOSITY, NOTE_VERBOSITY=0 */;

--
-- Table structure for table `adoption_override`
--

DROP TABLE IF EXISTS `adoption_override`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `adoption_override` (
  `adoption_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `national_code` varchar(40) DEFAULT NULL,
  `procedure_name` varchar(500) DEFAULT NULL,
  `step_number` varchar(16) NOT NULL,
  `actor_unit` varchar(500) DEFAULT NULL,
  `actor_role` varchar(32) DEFAULT NULL,
  `budget_quarters` int(11) DEFAULT NULL,
  PRIMARY KEY (`adoption_id`,`position`),
  CONSTRAINT `fk_adoption_override` FOREIGN KEY (`adoption_id`) REFERENCES `catalog_adoption` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `adoption_override`
--

LOCK TABLES `adoption_override` WRITE;
/*!40000 ALTER TABLE `adoption_override` DISABLE KEYS */;
INSERT INTO `adoption_override` VALUES (2,0,NULL,'Thăm viếng mộ liệt sĩ','2','Công chức Văn hóa - xã hội Phường 5',NULL,4);
/*!40000 ALTER TABLE `adoption_override` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `adoption_procedure`
--

DROP TABLE IF EXISTS `adoption_procedure`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `adoption_procedure` (
  `adoption_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `national_code` varchar(40) DEFAULT NULL,
  `procedure_name` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`adoption_id`,`position`),
  CONSTRAINT `fk_adoption_procedure` FOREIGN KEY (`adoption_id`) REFERENCES `catalog_adoption` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `adoption_procedure`
--

LOCK TABLES `adoption_procedure` WRITE;
/*!40000 ALTER TABLE `adoption_procedure` DISABLE KEYS */;
INSERT INTO `adoption_procedure` VALUES (1,0,NULL,'Thăm viếng mộ liệt sĩ');
INSERT INTO `adoption_procedure` VALUES (1,1,'1.001776.000.00.00.H50',NULL);
INSERT INTO `adoption_procedure` VALUES (1,2,'1.001731.000.00.00.H50',NULL);
INSERT INTO `adoption_procedure` VALUES (2,0,NULL,'Thăm viếng mộ liệt sĩ');
INSERT INTO `adoption_procedure` VALUES (2,1,'1.001776.000.00.00.H50',NULL);
/*!40000 ALTER TABLE `adoption_procedure` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `calendar_day_off`
--

DROP TABLE IF EXISTS `calendar_day_off`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `calendar_day_off` (
  `calendar_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `day` date NOT NULL,
  `reason` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`calendar_id`,`position`),
  CONSTRAINT `fk_calendar_day_off` FOREIGN KEY (`calendar_id`) REFERENCES `tenant_calendar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `calendar_day_off`
--

LOCK TABLES `calendar_day_off` WRITE;
/*!40000 ALTER TABLE `calendar_day_off` DISABLE KEYS */;
INSERT INTO `calendar_day_off` VALUES (1,0,'2031-03-05','Kỷ niệm ngày thành lập huyện');
/*!40000 ALTER TABLE `calendar_day_off` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `calendar_session`
--

DROP TABLE IF EXISTS `calendar_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `calendar_session` (
  `calendar_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `start_time` time NOT NULL,
  `end_time` time NOT NULL,
  PRIMARY KEY (`calendar_id`,`position`),
  CONSTRAINT `fk_calendar_session` FOREIGN KEY (`calendar_id`) REFERENCES `tenant_calendar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `calendar_session`
--

LOCK TABLES `calendar_session` WRITE;
/*!40000 ALTER TABLE `calendar_session` DISABLE KEYS */;
INSERT INTO `calendar_session` VALUES (2,0,'07:00:00','11:00:00');
INSERT INTO `calendar_session` VALUES (2,1,'13:00:00','17:00:00');
/*!40000 ALTER TABLE `calendar_session` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `calendar_weekday`
--

DROP TABLE IF EXISTS `calendar_weekday`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `calendar_weekday` (
  `calendar_id` bigint(20) NOT NULL,
  `weekday` varchar(16) NOT NULL,
  PRIMARY KEY (`calendar_id`,`weekday`),
  CONSTRAINT `fk_calendar_weekday` FOREIGN KEY (`calendar_id`) REFERENCES `tenant_calendar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `calendar_weekday`
--

LOCK TABLES `calendar_weekday` WRITE;
/*!40000 ALTER TABLE `calendar_weekday` DISABLE KEYS */;
INSERT INTO `calendar_weekday` VALUES (1,'FRIDAY');
INSERT INTO `calendar_weekday` VALUES (1,'MONDAY');
INSERT INTO `calendar_weekday` VALUES (1,'SATURDAY');
INSERT INTO `calendar_weekday` VALUES (1,'THURSDAY');
INSERT INTO `calendar_weekday` VALUES (1,'TUESDAY');
INSERT INTO `calendar_weekday` VALUES (1,'WEDNESDAY');
/*!40000 ALTER TABLE `calendar_weekday` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `calendar_weekday_session`
--

DROP TABLE IF EXISTS `calendar_weekday_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `calendar_weekday_session` (
  `calendar_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `weekday` varchar(16) NOT NULL,
  `start_time` time NOT NULL,
  `end_time` time NOT NULL,
  PRIMARY KEY (`calendar_id`,`position`),
  CONSTRAINT `fk_calendar_weekday_session` FOREIGN KEY (`calendar_id`) REFERENCES `tenant_calendar` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `calendar_weekday_session`
--

LOCK TABLES `calendar_weekday_session` WRITE;
/*!40000 ALTER TABLE `calendar_weekday_session` DISABLE KEYS */;
INSERT INTO `calendar_weekday_session` VALUES (1,0,'SATURDAY','07:30:00','11:30:00');
/*!40000 ALTER TABLE `calendar_weekday_session` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `catalog_adoption`
--

DROP TABLE IF EXISTS `catalog_adoption`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `catalog_adoption` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `adopts_all` tinyint(1) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_adoption_tenant` (`tenant_id`),
  CONSTRAINT `fk_adoption_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `catalog_adoption`
--

LOCK TABLES `catalog_adoption` WRITE;
/*!40000 ALTER TABLE `catalog_adoption` DISABLE KEYS */;
INSERT INTO `catalog_adoption` VALUES (1,'hai-lang',0,1);
INSERT INTO `catalog_adoption` VALUES (2,'phuong-5',0,1);
/*!40000 ALTER TABLE `catalog_adoption` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `catalog_version`
--

DROP TABLE IF EXISTS `catalog_version`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `catalog_version` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `title` varchar(500) NOT NULL,
  `decision_number` varchar(64) DEFAULT NULL,
  `decision_date` date DEFAULT NULL,
  `effective_from` date DEFAULT NULL,
  `replaces` varchar(1000) DEFAULT NULL,
  `status` varchar(16) NOT NULL,
  `published_at` datetime(6) DEFAULT NULL,
  `revision` bigint(20) NOT NULL DEFAULT 0,
  `issuer` varchar(300) DEFAULT NULL,
  `decision_year` smallint(6) DEFAULT NULL,
  `portal_url` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_catalog_version_effective` (`tenant_id`,`status`,`effective_from`),
  CONSTRAINT `fk_catalog_version_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `catalog_version`
--

LOCK TABLES `catalog_version` WRITE;
/*!40000 ALTER TABLE `catalog_version` DISABLE KEYS */;
INSERT INTO `catalog_version` VALUES (1,'quang-tri','71/QĐ-UBND — UBND tỉnh Quảng Trị','71/QĐ-UBND','2024-01-17','2024-01-17','4324/QĐ-UBND, 2236/QĐ-UBND, 2179/QĐ-UBND','PUBLISHED','2026-12-02 05:47:47.163264',1,'UBND tỉnh Quảng Trị',2024,'https://dichvucong.quangtri.gov.vn');
/*!40000 ALTER TABLE `catalog_version` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `dossier`
--

DROP TABLE IF EXISTS `dossier`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dossier` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `code` varchar(64) NOT NULL,
  `procedure_id` bigint(20) NOT NULL,
  `catalog_version_id` bigint(20) NOT NULL,
  `procedure_name` varchar(500) NOT NULL,
  `applicant_name` varchar(200) NOT NULL,
  `applicant_phone` varchar(32) DEFAULT NULL,
  `applicant_email` varchar(200) DEFAULT NULL,
  `channel` varchar(16) NOT NULL,
  `status` varchar(32) NOT NULL,
  `received_at` datetime(6) NOT NULL,
  `received_by` varchar(100) NOT NULL,
  `appointment_at` datetime(6) NOT NULL,
  `step_index` int(11) NOT NULL,
  `step_number` varchar(16) DEFAULT NULL,
  `step_role` varchar(32) DEFAULT NULL,
  `step_started_at` datetime(6) DEFAULT NULL,
  `completed_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_dossier_code` (`code`),
  KEY `fk_dossier_procedure` (`procedure_id`),
  KEY `ix_dossier_queue` (`tenant_id`,`status`,`appointment_at`),
  CONSTRAINT `fk_dossier_procedure` FOREIGN KEY (`procedure_id`) REFERENCES `procedure_def` (`id`),
  CONSTRAINT `fk_dossier_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dossier`
--

LOCK TABLES `dossier` WRITE;
/*!40000 ALTER TABLE `dossier` DISABLE KEYS */;
INSERT INTO `dossier` VALUES (1,'hai-lang','HAI-LANG-261202-0001',4,1,'Thăm viếng mộ liệt sĩ','Lê Văn Bảy','0912345678',NULL,'IN_PERSON','IN_PROGRESS','2026-12-02 05:48:08.900022','hailang.reception','2026-12-07 04:30:00.000000',1,'2','specialist','2026-12-02 05:48:10.066780',NULL,2);
INSERT INTO `dossier` VALUES (2,'hai-lang','HAI-LANG-261202-0002',4,1,'Thăm viếng mộ liệt sĩ','Trần Thị Mai','0912345678',NULL,'IN_PERSON','IN_PROGRESS','2026-12-02 05:48:09.845722','hailang.reception','2026-12-07 04:30:00.000000',0,'1','reception','2026-12-02 05:48:09.845722',NULL,1);
/*!40000 ALTER TABLE `dossier` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `dossier_event`
--

DROP TABLE IF EXISTS `dossier_event`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dossier_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `dossier_id` bigint(20) NOT NULL,
  `at` datetime(6) NOT NULL,
  `actor` varchar(100) NOT NULL,
  `type` varchar(32) NOT NULL,
  `step_number` varchar(16) DEFAULT NULL,
  `status_after` varchar(32) NOT NULL,
  `note` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_event_dossier` (`dossier_id`,`id`),
  CONSTRAINT `fk_event_dossier` FOREIGN KEY (`dossier_id`) REFERENCES `dossier` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dossier_event`
--

LOCK TABLES `dossier_event` WRITE;
/*!40000 ALTER TABLE `dossier_event` DISABLE KEYS */;
INSERT INTO `dossier_event` VALUES (1,'hai-lang',1,'2026-12-02 05:48:08.900022','hailang.reception','RECEIVED',NULL,'IN_PROGRESS',NULL);
INSERT INTO `dossier_event` VALUES (2,'hai-lang',2,'2026-12-02 05:48:09.845722','hailang.reception','RECEIVED',NULL,'IN_PROGRESS',NULL);
INSERT INTO `dossier_event` VALUES (3,'hai-lang',1,'2026-12-02 05:48:10.066780','hailang.reception','STEP_COMPLETED','1','IN_PROGRESS',NULL);
/*!40000 ALTER TABLE `dossier_event` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `dossier_sequence`
--

DROP TABLE IF EXISTS `dossier_sequence`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dossier_sequence` (
  `tenant_id` varchar(64) NOT NULL,
  `day` date NOT NULL,
  `last_value` int(11) NOT NULL,
  PRIMARY KEY (`tenant_id`,`day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dossier_sequence`
--

LOCK TABLES `dossier_sequence` WRITE;
/*!40000 ALTER TABLE `dossier_sequence` DISABLE KEYS */;
INSERT INTO `dossier_sequence` VALUES ('hai-lang','2026-12-02',2);
/*!40000 ALTER TABLE `dossier_sequence` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `dossier_step`
--

DROP TABLE IF EXISTS `dossier_step`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dossier_step` (
  `dossier_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `number` varchar(16) NOT NULL,
  `actor_role` varchar(32) DEFAULT NULL,
  `actor_unit` varchar(500) DEFAULT NULL,
  `budget_quarters` int(11) DEFAULT NULL,
  PRIMARY KEY (`dossier_id`,`position`),
  CONSTRAINT `fk_dossier_step` FOREIGN KEY (`dossier_id`) REFERENCES `dossier` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `dossier_step`
--

LOCK TABLES `dossier_step` WRITE;
/*!40000 ALTER TABLE `dossier_step` DISABLE KEYS */;
INSERT INTO `dossier_step` VALUES (1,0,'1','reception','Công chức LĐTBXH tại Bộ phận TN&TKQ của UBND cấp huyện',2);
INSERT INTO `dossier_step` VALUES (1,1,'2','specialist','Công chức LĐTBXH',6);
INSERT INTO `dossier_step` VALUES (1,2,'3','leader','Lãnh đạo phòng LĐTBXH',2);
INSERT INTO `dossier_step` VALUES (1,3,'4','specialist','Công chức LĐTBXH',2);
INSERT INTO `dossier_step` VALUES (1,4,'5','reception','Bộ phận TN&TKQ của UBND cấp huyện',NULL);
INSERT INTO `dossier_step` VALUES (2,0,'1','reception','Công chức LĐTBXH tại Bộ phận TN&TKQ của UBND cấp huyện',2);
INSERT INTO `dossier_step` VALUES (2,1,'2','specialist','Công chức LĐTBXH',6);
INSERT INTO `dossier_step` VALUES (2,2,'3','leader','Lãnh đạo phòng LĐTBXH',2);
INSERT INTO `dossier_step` VALUES (2,3,'4','specialist','Công chức LĐTBXH',2);
INSERT INTO `dossier_step` VALUES (2,4,'5','reception','Bộ phận TN&TKQ của UBND cấp huyện',NULL);
/*!40000 ALTER TABLE `dossier_step` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `flyway_schema_history`
--

DROP TABLE IF EXISTS `flyway_schema_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `flyway_schema_history` (
  `installed_rank` int(11) NOT NULL,
  `version` varchar(50) DEFAULT NULL,
  `description` varchar(200) NOT NULL,
  `type` varchar(20) NOT NULL,
  `script` varchar(1000) NOT NULL,
  `checksum` int(11) DEFAULT NULL,
  `installed_by` varchar(100) NOT NULL,
  `installed_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `execution_time` int(11) NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`installed_rank`),
  KEY `flyway_schema_history_s_idx` (`success`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `flyway_schema_history`
--

LOCK TABLES `flyway_schema_history` WRITE;
/*!40000 ALTER TABLE `flyway_schema_history` DISABLE KEYS */;
INSERT INTO `flyway_schema_history` VALUES (1,'1','tenants','SQL','V1__tenants.sql',-573122624,'motcua','2026-12-02 05:47:43',37,1);
INSERT INTO `flyway_schema_history` VALUES (2,'2','catalog','SQL','V2__catalog.sql',-41220506,'motcua','2026-12-02 05:47:44',35,1);
INSERT INTO `flyway_schema_history` VALUES (3,'3','engine','SQL','V3__engine.sql',-910764586,'motcua','2026-12-02 05:47:44',377,1);
INSERT INTO `flyway_schema_history` VALUES (4,'4','adoption','SQL','V4__adoption.sql',1470877062,'motcua','2026-12-02 05:47:44',59,1);
INSERT INTO `flyway_schema_history` VALUES (5,'5','dossier route','SQL','V5__dossier_route.sql',-1591330430,'motcua','2026-12-02 05:47:45',914,1);
INSERT INTO `flyway_schema_history` VALUES (6,'10','tenant administration','SQL','V10__tenant_administration.sql',369491644,'motcua','2026-12-02 05:47:45',46,1);
INSERT INTO `flyway_schema_history` VALUES (7,'20','catalog full model','SQL','V20__catalog_full_model.sql',1887803262,'motcua','2026-12-02 05:47:46',555,1);
INSERT INTO `flyway_schema_history` VALUES (8,'30','working calendar','SQL','V30__working_calendar.sql',-1557118439,'motcua','2026-12-02 05:47:46',171,1);
INSERT INTO `flyway_schema_history` VALUES (9,'31','service day editing','SQL','V31__service_day_editing.sql',264456305,'motcua','2026-12-02 05:47:46',66,1);
INSERT INTO `flyway_schema_history` VALUES (10,'32','national holiday notice','SQL','V32__national_holiday_notice.sql',449825420,'motcua','2026-12-02 05:47:46',42,1);
INSERT INTO `flyway_schema_history` VALUES (11,'33','holiday decision notice','SQL','V33__holiday_decision_notice.sql',963325492,'motcua','2026-12-02 05:47:46',25,1);
/*!40000 ALTER TABLE `flyway_schema_history` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `holiday_decision`
--

DROP TABLE IF EXISTS `holiday_decision`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `holiday_decision` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `year` int(11) NOT NULL,
  `national_day_companion` date NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  `notice_number` varchar(100) DEFAULT NULL,
  `notice_date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_holiday_decision` (`tenant_id`,`year`),
  CONSTRAINT `fk_holiday_decision_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `holiday_decision`
--

LOCK TABLES `holiday_decision` WRITE;
/*!40000 ALTER TABLE `holiday_decision` DISABLE KEYS */;
INSERT INTO `holiday_decision` VALUES (1,'quang-tri',2031,'2031-09-01',1,'77/QĐ-UBND',NULL);
/*!40000 ALTER TABLE `holiday_decision` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `holiday_decision_day`
--

DROP TABLE IF EXISTS `holiday_decision_day`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `holiday_decision_day` (
  `decision_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `day` date NOT NULL,
  `kind` varchar(16) NOT NULL,
  PRIMARY KEY (`decision_id`,`position`),
  CONSTRAINT `fk_holiday_decision_day` FOREIGN KEY (`decision_id`) REFERENCES `holiday_decision` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `holiday_decision_day`
--

LOCK TABLES `holiday_decision_day` WRITE;
/*!40000 ALTER TABLE `holiday_decision_day` DISABLE KEYS */;
INSERT INTO `holiday_decision_day` VALUES (1,0,'2031-03-10','OFF');
INSERT INTO `holiday_decision_day` VALUES (1,1,'2031-03-08','MAKE_UP');
/*!40000 ALTER TABLE `holiday_decision_day` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `national_holiday_notice`
--

DROP TABLE IF EXISTS `national_holiday_notice`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `national_holiday_notice` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `year` int(11) NOT NULL,
  `notice_number` varchar(100) NOT NULL,
  `notice_date` date DEFAULT NULL,
  `national_day_companion` date NOT NULL,
  `changed_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_national_holiday_notice` (`year`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `national_holiday_notice`
--

LOCK TABLES `national_holiday_notice` WRITE;
/*!40000 ALTER TABLE `national_holiday_notice` DISABLE KEYS */;
INSERT INTO `national_holiday_notice` VALUES (1,2034,'6150/TB-LĐTBXH','2033-11-20','2034-09-01','2026-12-02 05:48:11.968201',1);
/*!40000 ALTER TABLE `national_holiday_notice` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `national_holiday_notice_day`
--

DROP TABLE IF EXISTS `national_holiday_notice_day`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `national_holiday_notice_day` (
  `notice_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `day` date NOT NULL,
  `kind` varchar(16) NOT NULL,
  PRIMARY KEY (`notice_id`,`position`),
  CONSTRAINT `fk_national_holiday_notice_day` FOREIGN KEY (`notice_id`) REFERENCES `national_holiday_notice` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `national_holiday_notice_day`
--

LOCK TABLES `national_holiday_notice_day` WRITE;
/*!40000 ALTER TABLE `national_holiday_notice_day` DISABLE KEYS */;
INSERT INTO `national_holiday_notice_day` VALUES (1,0,'2034-03-17','OFF');
INSERT INTO `national_holiday_notice_day` VALUES (1,1,'2034-03-04','MAKE_UP');
/*!40000 ALTER TABLE `national_holiday_notice_day` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `procedure_def`
--

DROP TABLE IF EXISTS `procedure_def`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `procedure_def` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `version_id` bigint(20) NOT NULL,
  `national_code` varchar(40) DEFAULT NULL,
  `name` varchar(500) NOT NULL,
  `field` varchar(200) DEFAULT NULL,
  `search_text` varchar(800) NOT NULL,
  `handling_level` varchar(16) DEFAULT NULL,
  `online_level` varchar(16) NOT NULL,
  `total_quarters` int(11) NOT NULL,
  `submission_channels` varchar(64) DEFAULT NULL,
  `result_channels` varchar(64) DEFAULT NULL,
  `notification_channels` varchar(64) DEFAULT NULL,
  `legal_basis` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_procedure_code` (`version_id`,`national_code`),
  KEY `ix_procedure_tenant_name` (`tenant_id`,`version_id`,`name`(191)),
  CONSTRAINT `fk_procedure_version` FOREIGN KEY (`version_id`) REFERENCES `catalog_version` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `procedure_def`
--

LOCK TABLES `procedure_def` WRITE;
/*!40000 ALTER TABLE `procedure_def` DISABLE KEYS */;
INSERT INTO `procedure_def` VALUES (1,'quang-tri',1,'1.001731.000.00.00.H50','Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội','Lao động, Thương binh và Xã hội','ho tro chi phi mai tang cho doi tuong bao tro xa hoi 1.001731.000.00.00.h50 lao dong, thuong binh va xa hoi','COMMUNE','PARTIAL',20,'ONLINE,IN_PERSON,POSTAL','ONLINE,IN_PERSON,POSTAL','EMAIL,ZALO,SMS',NULL);
INSERT INTO `procedure_def` VALUES (2,'quang-tri',1,'1.001776.000.00.00.H50','Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng','Lao động, Thương binh và Xã hội','thuc hien, dieu chinh, thoi huong tro cap xa hoi hang thang, ho tro kinh phi cham soc, nuoi duong hang thang 1.001776.000.00.00.h50 lao dong, thuong binh va xa hoi','COMMUNE','FULL',88,'ONLINE,IN_PERSON,POSTAL','ONLINE,IN_PERSON,POSTAL','EMAIL,ZALO,SMS',NULL);
INSERT INTO `procedure_def` VALUES (3,'quang-tri',1,'1.011608.H50','Công nhận hộ thoát nghèo, hộ thoát cận nghèo thường xuyên hằng năm','Lao động, Thương binh và Xã hội','cong nhan ho thoat ngheo, ho thoat can ngheo thuong xuyen hang nam 1.011608.h50 lao dong, thuong binh va xa hoi','COMMUNE','FULL',60,'ONLINE,IN_PERSON,POSTAL','ONLINE,IN_PERSON,POSTAL','EMAIL,ZALO,SMS',NULL);
INSERT INTO `procedure_def` VALUES (4,'quang-tri',1,NULL,'Thăm viếng mộ liệt sĩ','Lao động, Thương binh và Xã hội','tham vieng mo liet si lao dong, thuong binh va xa hoi','DISTRICT','FULL',12,'ONLINE,IN_PERSON,POSTAL','ONLINE,IN_PERSON,POSTAL','EMAIL,ZALO,SMS',NULL);
INSERT INTO `procedure_def` VALUES (5,'quang-tri',1,'1.011607.H50','Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm','Lao động, Thương binh và Xã hội','cong nhan ho ngheo, ho can ngheo thuong xuyen hang nam 1.011607.h50 lao dong, thuong binh va xa hoi','COMMUNE','FULL',60,'ONLINE,IN_PERSON,POSTAL','ONLINE,IN_PERSON,POSTAL','EMAIL,ZALO,SMS',NULL);
/*!40000 ALTER TABLE `procedure_def` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `procedure_document`
--

DROP TABLE IF EXISTS `procedure_document`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `procedure_document` (
  `procedure_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `name` varchar(1000) NOT NULL,
  `form` varchar(500) DEFAULT NULL,
  `originals` int(11) NOT NULL,
  `copies` int(11) NOT NULL,
  `note` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`procedure_id`,`position`),
  CONSTRAINT `fk_document_procedure` FOREIGN KEY (`procedure_id`) REFERENCES `procedure_def` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `procedure_document`
--

LOCK TABLES `procedure_document` WRITE;
/*!40000 ALTER TABLE `procedure_document` DISABLE KEYS */;
/*!40000 ALTER TABLE `procedure_document` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `procedure_fee`
--

DROP TABLE IF EXISTS `procedure_fee`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `procedure_fee` (
  `procedure_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `description` varchar(500) NOT NULL,
  `amount_vnd` bigint(20) NOT NULL,
  `legal_basis` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`procedure_id`,`position`),
  CONSTRAINT `fk_fee_procedure` FOREIGN KEY (`procedure_id`) REFERENCES `procedure_def` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `procedure_fee`
--

LOCK TABLES `procedure_fee` WRITE;
/*!40000 ALTER TABLE `procedure_fee` DISABLE KEYS */;
/*!40000 ALTER TABLE `procedure_fee` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `service_day`
--

DROP TABLE IF EXISTS `service_day`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `service_day` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `name` varchar(200) NOT NULL,
  `weekday` varchar(16) NOT NULL,
  `mode` varchar(32) NOT NULL,
  `description` varchar(2000) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `fk_service_day_tenant` (`tenant_id`),
  CONSTRAINT `fk_service_day_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `service_day`
--

LOCK TABLES `service_day` WRITE;
/*!40000 ALTER TABLE `service_day` DISABLE KEYS */;
INSERT INTO `service_day` VALUES (1,'phuong-5','Ngày dịch vụ công trực tuyến','TUESDAY','ASSISTED_ONLINE','Citizens who come to the desk for a listed procedure are guided by staff and the youth volunteer team (Tổ Hướng dẫn, hỗ trợ) to submit it online themselves, and to pay any fee online. Counted as online submissions that were assisted at the desk.',1);
INSERT INTO `service_day` VALUES (2,'phuong-5','Ngày không viết - không hẹn','FRIDAY','SAME_DAY','A complete dossier of a listed procedure is resolved the same day: the specialist processes it, the leader approves, the desk returns the result and collects the fee right after reception - no appointment slip. For vulnerable citizens (elderly, disabled, illiterate) the helper team writes the forms on their behalf (except procedures the law forbids), reads them back, and the citizen confirms by signature or fingerprint before the dossier is received.',1);
INSERT INTO `service_day` VALUES (3,'phuong-5','Ngày tiếp nhận tại nhà','WEDNESDAY','SAME_DAY',NULL,1);
/*!40000 ALTER TABLE `service_day` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `service_day_procedure`
--

DROP TABLE IF EXISTS `service_day_procedure`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `service_day_procedure` (
  `service_day_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `field` varchar(200) DEFAULT NULL,
  `procedure_name` varchar(500) NOT NULL,
  `national_code` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`service_day_id`,`position`),
  CONSTRAINT `fk_sdp_day` FOREIGN KEY (`service_day_id`) REFERENCES `service_day` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `service_day_procedure`
--

LOCK TABLES `service_day_procedure` WRITE;
/*!40000 ALTER TABLE `service_day_procedure` DISABLE KEYS */;
INSERT INTO `service_day_procedure` VALUES (1,0,'Bảo trợ xã hội','Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',NULL);
INSERT INTO `service_day_procedure` VALUES (1,1,'Bảo trợ xã hội','Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở',NULL);
INSERT INTO `service_day_procedure` VALUES (1,2,'Bảo trợ xã hội','Đổi, cấp lại Giấy xác nhận khuyết tật',NULL);
INSERT INTO `service_day_procedure` VALUES (1,3,'Bảo trợ xã hội','Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',NULL);
INSERT INTO `service_day_procedure` VALUES (1,4,'Bảo trợ xã hội','Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',NULL);
INSERT INTO `service_day_procedure` VALUES (1,5,'Chứng thực','Chứng thực hồ sơ điện tử',NULL);
INSERT INTO `service_day_procedure` VALUES (1,6,'Hộ tịch','Đăng ký khai sinh',NULL);
INSERT INTO `service_day_procedure` VALUES (1,7,'Hộ tịch','Đăng ký lại khai sinh',NULL);
INSERT INTO `service_day_procedure` VALUES (1,8,'Hộ tịch','Đăng ký kết hôn',NULL);
INSERT INTO `service_day_procedure` VALUES (1,9,'Hộ tịch','Đăng ký lại kết hôn',NULL);
INSERT INTO `service_day_procedure` VALUES (1,10,'Hộ tịch','Đăng ký khai tử',NULL);
INSERT INTO `service_day_procedure` VALUES (1,11,'Hộ tịch','Đăng ký lại khai tử',NULL);
INSERT INTO `service_day_procedure` VALUES (1,12,'Hộ tịch','Cấp Giấy xác nhận tình trạng hôn nhân',NULL);
INSERT INTO `service_day_procedure` VALUES (1,13,'Hộ tịch','Thủ tục cấp bản sao Trích lục hộ tịch',NULL);
INSERT INTO `service_day_procedure` VALUES (1,14,'Hộ tịch','Đăng ký giám hộ',NULL);
INSERT INTO `service_day_procedure` VALUES (1,15,'Hộ tịch','Đăng ký chấm dứt giám hộ',NULL);
INSERT INTO `service_day_procedure` VALUES (1,16,'Hộ tịch','Thay đổi, cải chính, bổ sung hộ tịch',NULL);
INSERT INTO `service_day_procedure` VALUES (1,17,'Hộ tịch','Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',NULL);
INSERT INTO `service_day_procedure` VALUES (1,18,'Hộ tịch','Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú và cấp thẻ BHYT cho trẻ em dưới 6 tuổi',NULL);
INSERT INTO `service_day_procedure` VALUES (2,0,'Người có công','Thủ tục ủy quyền hưởng trợ cấp, phụ cấp ưu đãi',NULL);
INSERT INTO `service_day_procedure` VALUES (2,1,'Chứng thực','Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',NULL);
INSERT INTO `service_day_procedure` VALUES (2,2,'Chứng thực','Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không ký, không điểm chỉ được)',NULL);
INSERT INTO `service_day_procedure` VALUES (2,3,'Chứng thực','Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',NULL);
INSERT INTO `service_day_procedure` VALUES (2,4,'Hộ tịch','Đăng ký kết hôn',NULL);
INSERT INTO `service_day_procedure` VALUES (2,5,'Hộ tịch','Đăng ký khai tử',NULL);
INSERT INTO `service_day_procedure` VALUES (2,6,'Hộ tịch','Đăng ký giám hộ',NULL);
INSERT INTO `service_day_procedure` VALUES (2,7,'Hộ tịch','Đăng ký chấm dứt giám hộ',NULL);
INSERT INTO `service_day_procedure` VALUES (2,8,'Hộ tịch','Thủ tục cấp bản sao Trích lục hộ tịch',NULL);
INSERT INTO `service_day_procedure` VALUES (2,9,'Hộ tịch','Cấp Giấy xác nhận tình trạng hôn nhân',NULL);
INSERT INTO `service_day_procedure` VALUES (3,0,'Người có công','Thăm viếng mộ liệt sĩ','1.001776.000.00.00.H50');
/*!40000 ALTER TABLE `service_day_procedure` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `step_definition`
--

DROP TABLE IF EXISTS `step_definition`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `step_definition` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `procedure_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `number` varchar(16) NOT NULL,
  `parent_number` varchar(16) DEFAULT NULL,
  `actor_unit` varchar(500) DEFAULT NULL,
  `actor_role` varchar(32) DEFAULT NULL,
  `content` varchar(2000) DEFAULT NULL,
  `budget_quarters` int(11) DEFAULT NULL,
  `level` varchar(16) DEFAULT NULL,
  `kind` varchar(16) NOT NULL DEFAULT 'TASK',
  `posting_quarters` int(11) DEFAULT NULL,
  `outcomes` varchar(2000) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_step_number` (`procedure_id`,`number`),
  CONSTRAINT `fk_step_procedure` FOREIGN KEY (`procedure_id`) REFERENCES `procedure_def` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=51 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `step_definition`
--

LOCK TABLES `step_definition` WRITE;
/*!40000 ALTER TABLE `step_definition` DISABLE KEYS */;
INSERT INTO `step_definition` VALUES (1,'quang-tri',1,4,'4',NULL,'Lãnh đạo UBND huyện','leader','Sign the decision (paper and electronic)',2,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (2,'quang-tri',3,3,'3',NULL,'Công chức Văn hóa - xã hội','specialist','Return the result to the household',2,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (3,'quang-tri',1,3,'3',NULL,'Phòng LĐTBXH huyện','specialist','Review; submit the draft support decision to the district chairman within 3 working days',7,'DISTRICT','TASK',NULL,'PROCEED:Tờ trình kèm dự thảo quyết định hỗ trợ\nSUPPLEMENT:Hồ sơ cần bổ sung, hoàn thiện\nREFUSE:Không đủ điều kiện giải quyết: từ chối');
INSERT INTO `step_definition` VALUES (4,'quang-tri',3,1,'1',NULL,'Công chức Văn hóa - xã hội tại Bộ phận TN&TKQ UBND cấp xã','reception','Check and receive; receipt and appointment',2,NULL,'TASK',NULL,'PROCEED:Hồ sơ đầy đủ, hợp lệ: tiếp nhận\nSUPPLEMENT:Hồ sơ chưa đầy đủ, hợp lệ: yêu cầu bổ sung, hoàn thiện\nREFUSE:Không bổ sung, hoàn thiện được: từ chối giải quyết');
INSERT INTO `step_definition` VALUES (5,'quang-tri',2,8,'3.1','3','Công chức phụ trách Bảo trợ xã hội','specialist','Draft the submission to the district',8,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (6,'quang-tri',5,0,'0',NULL,'Công dân','citizen','Submit the request for poverty review (form no. 01, Decision 24/2021/QĐ-TTg)',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (7,'quang-tri',2,1,'1',NULL,NULL,NULL,'Review the e-dossier; public posting preparation',28,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (8,'quang-tri',2,2,'1.1','1','Công chức phụ trách Bảo trợ xã hội tại Bộ phận TN&TKQ UBND cấp xã','reception','Check and receive; sign the declaration; receipt and appointment',2,'COMMUNE','TASK',NULL,'PROCEED:Hồ sơ đầy đủ, hợp lệ: tiếp nhận\nSUPPLEMENT:Hồ sơ chưa đầy đủ, không hợp lệ: hướng dẫn bổ sung, hoàn thiện');
INSERT INTO `step_definition` VALUES (9,'quang-tri',2,9,'3.2','3','Lãnh đạo UBND xã','leader','Digitally sign the submission',2,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (10,'quang-tri',5,6,'6',NULL,'Người nộp hồ sơ','citizen','Receive the result',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (11,'quang-tri',2,5,'1.4','1','Công chức phụ trách Bảo trợ xã hội + Văn thư (Văn phòng UBND xã)','specialist','Organisation signature; issue the posting document',2,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (12,'quang-tri',1,1,'1',NULL,'Công chức Văn hóa - xã hội tại Bộ phận TN&TKQ UBND cấp xã','reception','Check and receive; receipt and appointment',1,'COMMUNE','TASK',NULL,'PROCEED:Hồ sơ đầy đủ, hợp lệ: tiếp nhận\nSUPPLEMENT:Hồ sơ chưa đầy đủ, hợp lệ: yêu cầu bổ sung, hoàn thiện\nREFUSE:Không bổ sung, hoàn thiện được: từ chối giải quyết');
INSERT INTO `step_definition` VALUES (13,'quang-tri',3,2,'2',NULL,'Lãnh đạo UBND cấp xã','leader','Survey with the village head; community meeting (>= 50% agreement); posting 3 working days; complaint re-check <= 7 working days; recognition decision (form no. 02) or written refusal with reasons',56,NULL,'POSTING',12,'PROCEED:Quyết định công nhận hộ thoát nghèo, hộ thoát cận nghèo (Mẫu số 02)\nREFUSE:Không đủ điều kiện: trả lời bằng văn bản, nêu rõ lý do');
INSERT INTO `step_definition` VALUES (14,'quang-tri',3,4,'4',NULL,'Người nộp hồ sơ','citizen','Receive the result',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (15,'quang-tri',4,4,'4',NULL,'Công chức LĐTBXH','specialist','Transfer result to the district one-stop desk',2,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (16,'quang-tri',4,2,'2',NULL,'Công chức LĐTBXH','specialist','Appraise dossier; draft decision for signature',6,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (17,'quang-tri',2,10,'3.3','3','Công chức phụ trách Bảo trợ xã hội - Văn phòng UBND xã','specialist','Issue e-document; update status; transfer to the district one-stop desk',2,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (18,'quang-tri',1,7,'7',NULL,'Người nộp hồ sơ','citizen','Receive the result by e-mail / e-data store / in person / public postal service',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (19,'quang-tri',2,18,'5.3','5','Văn phòng UBND huyện','specialist','Issue electronic and paper documents',2,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (20,'quang-tri',2,0,'0',NULL,'Công dân','citizen','Submit (forms 1a-1đ / 2a, 2b, 03 of Decree 20/2021/NĐ-CP, signed e-copies of proofs)',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (21,'quang-tri',4,1,'1',NULL,'Công chức LĐTBXH tại Bộ phận TN&TKQ của UBND cấp huyện','reception','Check completeness; receive, digitize, issue receipt and appointment; or request supplement; or refuse',2,NULL,'TASK',NULL,'PROCEED:Hồ sơ đầy đủ, hợp lệ: tiếp nhận, hẹn trả kết quả\nSUPPLEMENT:Hồ sơ chưa đầy đủ, hợp lệ: yêu cầu bổ sung, hoàn thiện\nREFUSE:Không bổ sung, hoàn thiện được: từ chối giải quyết');
INSERT INTO `step_definition` VALUES (22,'quang-tri',5,1,'1',NULL,'Công chức LĐTBXH tại Bộ phận TN&TKQ UBND cấp xã','reception','Check and receive; receipt and appointment',2,NULL,'TASK',NULL,'PROCEED:Hồ sơ đầy đủ, hợp lệ: tiếp nhận\nSUPPLEMENT:Hồ sơ chưa đầy đủ, hợp lệ: yêu cầu bổ sung, hoàn thiện\nREFUSE:Không bổ sung, hoàn thiện được: từ chối giải quyết');
INSERT INTO `step_definition` VALUES (23,'quang-tri',1,5,'5',NULL,'Phòng LĐTBXH huyện + Văn thư','specialist','Stamp, register and complete the result',1,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (24,'quang-tri',2,22,'6.3','6','Bộ phận TN&TKQ xã','reception','Notify and return the result by the channel the citizen chose',1,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (25,'quang-tri',4,0,'0',NULL,'Công dân','citizen','Nộp hồ sơ (online or in person; form no. 31, appendix I, Decree 131/2021/NĐ-CP)',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (26,'quang-tri',1,0,'0',NULL,'Công dân','citizen','Submit: form no. 04 (Decree 20/2021/NĐ-CP), certified e-copy of the death certificate, decision on survivorship allowance when the deceased was 80+',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (27,'quang-tri',5,4,'4',NULL,'Công chức LĐTBXH','specialist','Transfer the result to the one-stop desk',2,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (28,'quang-tri',2,11,'4',NULL,NULL,NULL,'Appraisal at the district',24,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (29,'quang-tri',1,6,'6',NULL,'Bộ phận TN&TKQ UBND cấp xã','reception','Receive the result (paper and electronic) for return',2,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (30,'quang-tri',2,3,'1.2','1','Công chức phụ trách Bảo trợ xã hội','specialist','Review; draft the public posting (HIV/AIDS information of the subject is never posted); submit to commune leaders',22,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (31,'quang-tri',2,16,'5.1','5','Văn phòng UBND huyện','specialist','Receive and forward',2,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (32,'quang-tri',2,7,'3',NULL,NULL,NULL,'No complaints - compile the e-dossier and submit to the district',12,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (33,'quang-tri',2,12,'4.1','4','Bộ phận TN&TKQ cấp huyện','reception','Receive the e-dossier and forward',2,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (34,'quang-tri',5,5,'5',NULL,'Bộ phận TN&TKQ UBND xã','reception','Return the result',2,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (35,'quang-tri',2,14,'4.3','4','Lãnh đạo Phòng LĐTBXH huyện','leader','Review and sign the submission to the district People\'s Committee',2,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (36,'quang-tri',4,3,'3',NULL,'Lãnh đạo phòng LĐTBXH','leader','Sign; pass result on',2,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (37,'quang-tri',2,6,'2',NULL,'Công chức phụ trách Bảo trợ xã hội','specialist','Public posting (niêm yết công khai)',8,'COMMUNE','POSTING',8,NULL);
INSERT INTO `step_definition` VALUES (38,'quang-tri',2,21,'6.2','6','Bộ phận TN&TKQ huyện','reception','Return the result to the commune',1,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (39,'quang-tri',2,20,'6.1','6','Chuyên viên Phòng LĐTBXH huyện','specialist','Receive the result and forward',2,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (40,'quang-tri',2,4,'1.3','1','Lãnh đạo UBND xã','leader','Digitally sign the declaration and the posting document',2,'COMMUNE','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (41,'quang-tri',4,5,'5',NULL,'Bộ phận TN&TKQ của UBND cấp huyện','reception','Return result to the applicant',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (42,'quang-tri',3,0,'0',NULL,'Công dân','citizen','Submit the request (form no. 04, Decision 24/2021/QĐ-TTg)',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (43,'quang-tri',5,2,'2',NULL,'Ban giảm nghèo cấp xã','specialist','Survey; community meeting (at least 50% of attendees must agree, otherwise survey again); public posting for 3 working days; re-check complaints within 7 working days; report to the chairman',50,NULL,'POSTING',12,NULL);
INSERT INTO `step_definition` VALUES (44,'quang-tri',2,23,'7',NULL,'Người nộp hồ sơ','citizen','Receive the result (also stored in the citizen\'s e-data store on the portal)',NULL,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (45,'quang-tri',5,3,'3',NULL,'Lãnh đạo UBND cấp xã','leader','Sign the recognition decision (or refusal), certificate and posted list; monthly report to the district',4,NULL,'TASK',NULL,'PROCEED:Quyết định công nhận hộ nghèo, hộ cận nghèo phát sinh\nREFUSE:Không công nhận');
INSERT INTO `step_definition` VALUES (46,'quang-tri',2,13,'4.2','4','Chuyên viên Phòng LĐTBXH huyện','specialist','Eligible: draft submission and decision. Not eligible: written reasons, \'return unresolved\' back to the commune desk',20,'DISTRICT','TASK',NULL,'PROCEED:Đủ điều kiện hưởng: soạn tờ trình, dự thảo quyết định\nRETURN>6.3:Không đủ điều kiện hưởng: văn bản nêu rõ lý do, trả không giải quyết về Bộ phận TN&TKQ cấp xã');
INSERT INTO `step_definition` VALUES (47,'quang-tri',2,15,'5',NULL,NULL,NULL,'Approval of the monthly allowance decision',12,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (48,'quang-tri',2,19,'6',NULL,NULL,NULL,'Return the result',4,NULL,'TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (49,'quang-tri',2,17,'5.2','5','Lãnh đạo UBND huyện','leader','Review and sign the decision',8,'DISTRICT','TASK',NULL,NULL);
INSERT INTO `step_definition` VALUES (50,'quang-tri',1,2,'2',NULL,'UBND cấp xã','specialist','Appraise; commune chairman sends the proposal to the district LĐTBXH office within 2 working days',7,'COMMUNE','TASK',NULL,'PROCEED:Văn bản đề nghị kèm hồ sơ gửi Phòng LĐTBXH huyện\nSUPPLEMENT:Hồ sơ cần bổ sung, hoàn thiện\nREFUSE:Không đủ điều kiện giải quyết: từ chối');
/*!40000 ALTER TABLE `step_definition` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tenant`
--

DROP TABLE IF EXISTS `tenant`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tenant` (
  `id` varchar(64) NOT NULL,
  `name` varchar(200) NOT NULL,
  `kind` varchar(16) NOT NULL,
  `parent_id` varchar(64) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  `successor_id` varchar(64) DEFAULT NULL,
  `merged_at` datetime(6) DEFAULT NULL,
  `keycloak_group_id` varchar(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tenant_parent` (`parent_id`),
  KEY `ix_tenant_successor` (`successor_id`),
  CONSTRAINT `fk_tenant_parent` FOREIGN KEY (`parent_id`) REFERENCES `tenant` (`id`),
  CONSTRAINT `fk_tenant_successor` FOREIGN KEY (`successor_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tenant`
--

LOCK TABLES `tenant` WRITE;
/*!40000 ALTER TABLE `tenant` DISABLE KEYS */;
INSERT INTO `tenant` VALUES ('hai-lang','Huyện Hải Lăng','DISTRICT','quang-tri',2,NULL,NULL,'f0c44250-9b15-430a-9d81-4493febd8fbf');
INSERT INTO `tenant` VALUES ('hai-que','Xã Hải Quế','COMMUNE','hai-lang',1,NULL,NULL,NULL);
INSERT INTO `tenant` VALUES ('phuong-5','Phường 5','WARD','quang-tri',1,NULL,NULL,NULL);
INSERT INTO `tenant` VALUES ('quang-tri','Tỉnh Quảng Trị','PROVINCE',NULL,2,NULL,NULL,'31b986ec-3151-43d6-80f8-f3030f1da9f7');
INSERT INTO `tenant` VALUES ('thanh-hoa','Tỉnh Thanh Hóa','PROVINCE',NULL,1,NULL,NULL,NULL);
INSERT INTO `tenant` VALUES ('xa-hai-ba','Xã Hải Ba Mới','COMMUNE','hai-lang',3,NULL,NULL,'ac2877c7-060e-40fe-bd0f-232c7069a9c5');
/*!40000 ALTER TABLE `tenant` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tenant_calendar`
--

DROP TABLE IF EXISTS `tenant_calendar`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tenant_calendar` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `own_week` tinyint(1) NOT NULL DEFAULT 0,
  `changed_at` datetime(6) DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_tenant_calendar` (`tenant_id`),
  CONSTRAINT `fk_tenant_calendar_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tenant_calendar`
--

LOCK TABLES `tenant_calendar` WRITE;
/*!40000 ALTER TABLE `tenant_calendar` DISABLE KEYS */;
INSERT INTO `tenant_calendar` VALUES (1,'hai-lang',1,'2026-12-02 05:48:10.752947',2);
INSERT INTO `tenant_calendar` VALUES (2,'phuong-5',0,'2026-12-02 05:48:11.187879',1);
INSERT INTO `tenant_calendar` VALUES (3,'quang-tri',0,'2026-12-02 05:48:11.654513',2);
/*!40000 ALTER TABLE `tenant_calendar` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `tenant_event`
--

DROP TABLE IF EXISTS `tenant_event`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `tenant_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `tenant_id` varchar(64) NOT NULL,
  `at` datetime(6) NOT NULL,
  `actor` varchar(100) NOT NULL,
  `action` varchar(32) NOT NULL,
  `old_value` varchar(500) DEFAULT NULL,
  `new_value` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `ix_tenant_event_tenant` (`tenant_id`,`id`),
  CONSTRAINT `fk_tenant_event_tenant` FOREIGN KEY (`tenant_id`) REFERENCES `tenant` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `tenant_event`
--

LOCK TABLES `tenant_event` WRITE;
/*!40000 ALTER TABLE `tenant_event` DISABLE KEYS */;
INSERT INTO `tenant_event` VALUES (1,'xa-hai-ba','2026-12-02 05:48:12.490652','qt.admin','CREATED',NULL,'Tỉnh Quảng Trị / Huyện Hải Lăng / Xã Hải Ba');
INSERT INTO `tenant_event` VALUES (2,'xa-hai-ba','2026-12-02 05:48:13.404209','qt.admin','PROVISIONED',NULL,'group /quang-tri/hai-lang/xa-hai-ba, first admin xa.hai.ba.admin');
INSERT INTO `tenant_event` VALUES (3,'xa-hai-ba','2026-12-02 05:48:14.210417','qt.admin','RENAMED','Xã Hải Ba','Xã Hải Ba Mới');
/*!40000 ALTER TABLE `tenant_event` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*M!100616 SET NOTE_VERBOSITY=@OLD_NOTE_VERBOSITY */;

-- Dump completed
