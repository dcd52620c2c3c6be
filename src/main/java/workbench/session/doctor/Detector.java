package workbench.session.doctor;

/** One diagnosis's rule, judged at an epoch's end. */
interface Detector {

    /** The kind of diagnosis it makes; the doctor asks no more once that kind is found. */
    DiagnosisKind kind();

    /** The diagnosis the evidence shows, or null when the run is healthy in this respect. */
    Diagnosis examine(Evidence evidence);
}
