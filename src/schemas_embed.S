/* The schemas, compiled into the binary so that the format lkjip checks is
 * exactly the one it was built with (and no file lookup can be redirected). */
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
        .balign 8
        .globl lkj_schema_submission_size
lkj_schema_submission_size:
        .quad lkj_schema_submission_end - lkj_schema_submission
        .globl lkj_schema_workspace_size
lkj_schema_workspace_size:
        .quad lkj_schema_workspace_end - lkj_schema_workspace
        .section .note.GNU-stack,"",@progbits
