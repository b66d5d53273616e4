/* The schemas, compiled into the binary so that the format lkjip checks is
 * exactly the one it was built with (and no file lookup can be redirected);
 * the default LKE (PermenPANRB 88/2021, lke.c); and the report's labels, used when a stylesheets folder has none of its
 * own (present.c). */
        .section .rodata
        .balign 16
        .globl lkj_schema_submission
lkj_schema_submission:
        .incbin "schemas/submission.xsd"
lkj_schema_submission_end:
        .balign 16
        .globl lkj_schema_workspace
lkj_schema_workspace:
        .incbin "schemas/workspace.xsd"
lkj_schema_workspace_end:
        .balign 16
        .globl lkj_schema_lke
lkj_schema_lke:
        .incbin "schemas/lke.xsd"
lkj_schema_lke_end:
        .balign 16
        .globl lkj_lke_default
lkj_lke_default:
        .incbin "schemas/lke-88-2021.xml"
lkj_lke_default_end:
        .balign 16
        .globl lkj_labels_id
lkj_labels_id:
        .incbin "stylesheets/i18n/id.xml"
lkj_labels_id_end:
        .balign 16
        .globl lkj_labels_en
lkj_labels_en:
        .incbin "stylesheets/i18n/en.xml"
lkj_labels_en_end:
        .balign 8
        .globl lkj_labels_id_size
lkj_labels_id_size:
        .quad lkj_labels_id_end - lkj_labels_id
        .globl lkj_labels_en_size
lkj_labels_en_size:
        .quad lkj_labels_en_end - lkj_labels_en
        .globl lkj_schema_submission_size
lkj_schema_submission_size:
        .quad lkj_schema_submission_end - lkj_schema_submission
        .globl lkj_schema_workspace_size
lkj_schema_workspace_size:
        .quad lkj_schema_workspace_end - lkj_schema_workspace
        .globl lkj_schema_lke_size
lkj_schema_lke_size:
        .quad lkj_schema_lke_end - lkj_schema_lke
        .globl lkj_lke_default_size
lkj_lke_default_size:
        .quad lkj_lke_default_end - lkj_lke_default
        .section .note.GNU-stack,"",@progbits
