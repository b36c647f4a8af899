package cn.jixiao.project.review;

/** Where the subject of a review stands, as a refusal names it: 「已提交」, "submitted". */
public interface ReviewState {

    String label();

    String english();
}
