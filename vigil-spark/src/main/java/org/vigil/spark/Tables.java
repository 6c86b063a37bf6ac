package org.vigil.spark;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's Parquet tables (docs/spark.md, "Output"): columns, and records to rows. Every table is partitioned by
 * {@code corpus}, the key of the job's input; {@code articles} and {@code events} by {@code date} first.
 */
final class Tables {
    static final String ARTICLES = "articles";
    static final String EVENTS = "events";
    static final String FAILURES = "failures";
    static final String REPORT = "report";

    static final String DATE = "date";
    static final String CORPUS = "corpus";

    static final StructType ARTICLE_SCHEMA = schema(
            "id", StringType, false, "url", StringType, true, "source", StringType, true, "title", StringType, true,
            "date_origin", StringType, false, "language", StringType, true, "status", StringType, false,
            "sentences", IntegerType, false, "events", IntegerType, false, "text", StringType, false,
            "input", StringType, false, "input_file", StringType, false, "input_ordinal", LongType, false,
            DATE, DateType, true, CORPUS, StringType, false);

    static final StructType EVENT_SCHEMA = schema(
            "id", StringType, false, "article_id", StringType, false, "event_index", IntegerType, false,
            "sentence", IntegerType, false,
            "source_code", StringType, false, "source_entity", StringType, false, "source_role", StringType, true,
            "source_text", StringType, false, "source_start", IntegerType, false, "source_end", IntegerType, false,
            "target_code", StringType, true, "target_entity", StringType, true, "target_role", StringType, true,
            "target_text", StringType, true, "target_start", IntegerType, true, "target_end", IntegerType, true,
            "cameo", StringType, false, "cameo_name", StringType, false, "root", StringType, false,
            "quad_class", IntegerType, false, "goldstein", DoubleType, false, "plover", StringType, true,
            "trigger_text", StringType, false, "trigger_start", IntegerType, false, "trigger_end", IntegerType, false,
            "evidence", StringType, false, "confidence", DoubleType, false, "coder_version", StringType, true,
            "location", StringType, true, "event_date", DateType, true, "date_origin", StringType, true,
            DATE, DateType, true, CORPUS, StringType, false);

    static final StructType FAILURE_SCHEMA = schema(
            "input", StringType, false, "reason", StringType, false, CORPUS, StringType, false);

    static final StructType REPORT_SCHEMA = schema(
            "input_path", StringType, false, "metric", StringType, false, "reason", StringType, true,
            "count", LongType, false, "finished_at", TimestampType, false, CORPUS, StringType, false);

    private Tables() {
    }

    static Row article(Coded.ArticleRow a, String corpus) {
        return RowFactory.create(a.id(), a.url(), a.source(), a.title(), a.dateOrigin(), a.language(), a.status(),
                a.sentences(), a.events().size(), a.text(), a.input(), a.file(), a.ordinal(), sqlDate(a), corpus);
    }

    static List<Row> events(Coded.ArticleRow a, String corpus) {
        List<Row> rows = new ArrayList<>(a.events().size());
        for (Coded.EventRow e : a.events()) {
            Coded.ActorRow s = e.source();
            Coded.ActorRow t = e.target();
            rows.add(RowFactory.create(e.id(), a.id(), e.index(), e.sentence(),
                    s.code(), s.entity(), s.role(), s.text(), s.start(), s.end(),
                    t == null ? null : t.code(), t == null ? null : t.entity(), t == null ? null : t.role(),
                    t == null ? null : t.text(), t == null ? null : t.start(), t == null ? null : t.end(),
                    e.cameo(), e.cameoName(), e.root(), e.quadClass(), e.goldstein(), e.plover(),
                    e.triggerText(), e.triggerStart(), e.triggerEnd(), e.evidence(), e.confidence(),
                    e.coderVersion(), e.location(), e.eventDate() == null ? null : Date.valueOf(e.eventDate()),
                    e.dateOrigin(), sqlDate(a), corpus));
        }
        return rows;
    }

    static Row failure(Coded.FailureRow f, String corpus) {
        return RowFactory.create(f.input(), f.reason(), corpus);
    }

    private static Date sqlDate(Coded.ArticleRow a) {
        return a.date() == null ? null : Date.valueOf(a.date());
    }

    /** Name, type, nullable; repeated. */
    private static StructType schema(Object... columns) {
        StructField[] fields = new StructField[columns.length / 3];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField((String) columns[3 * i], (DataType) columns[3 * i + 1],
                    (Boolean) columns[3 * i + 2], org.apache.spark.sql.types.Metadata.empty());
        }
        return new StructType(fields);
    }
}
