//! Image Management Service (IMS): copying a private image within a region (`ims:copy`,
//! document 002) and reading the asynchronous job that copy starts (`x-ims:job`).
//!
//! The copy answers only a `job_id`; the console follows it with IMS's job query
//! (`GET /v1/{project_id}/jobs/{job_id}`, "查询job状态"), which is not among the seed
//! documents and is therefore declared with an `x-` ref (see [`crate::jobs::IMS_JOB`]).

use serde::{Deserialize, Serialize};

use crate::query::SortDir;
use crate::schema::Schema;

/// `description`: no carriage return or line feed, no `<` and no `>`.
pub const IMS_DESCRIPTION_PATTERN: &str = "^[^<>\\r\\n]*$";

/// `name`, after the "镜像属性" page the document links to: letters, digits, Chinese
/// characters, `-`, `.`, `_` and spaces, not starting or ending with a space.
pub const IMS_IMAGE_NAME_PATTERN: &str =
    "^[A-Za-z0-9._\\u{4E00}-\\u{9FA5}-]([A-Za-z0-9._ \\u{4E00}-\\u{9FA5}-]*[A-Za-z0-9._\\u{4E00}-\\u{9FA5}-])?$";

/// Path parameter of the copy (table 1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ImsImagePath {
    #[schema(path, zh = "镜像ID", en = "Image ID", choices = "ims.image.list|images|id|name",
        help_zh = "要复制的源镜像ID，如何获取请参见“查询镜像列表”。仅支持复制“正常”状态的私有镜像；整机镜像、使用ISO文件创建的私有镜像不支持区域内复制。",
        help_en = "ID of the source image (see \"Querying images\"). Only private images in the normal state can be copied; whole-machine images and private images created from ISO files cannot be copied within a region.",
        example = "465076de-dc36-4aec-80f5-ef9d8009428f")]
    pub image_id: String,
}

/// Body of the copy (request parameter table).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "Region内复制镜像", en = "Copy an image within a region")]
pub struct ImsCopyImage {
    /// The document refers to the "镜像属性" page for the rules; they are transcribed from
    /// there (1–128 characters, the characters of [`IMS_IMAGE_NAME_PATTERN`]).
    #[schema(zh = "镜像名称", en = "Image name", min_len = 1, max_len = 128,
        pattern = "^[A-Za-z0-9._\\u{4E00}-\\u{9FA5}-]([A-Za-z0-9._ \\u{4E00}-\\u{9FA5}-]*[A-Za-z0-9._\\u{4E00}-\\u{9FA5}-])?$",
        help_zh = "新镜像的名称，参数说明请参考“镜像属性”：长度为1～128个字符，可包含大写字母、小写字母、数字、中文以及中划线（-）、点（.）、下划线（_）和空格，首尾不能为空格。",
        help_en = "Name of the new image (see \"Image attributes\"): 1 to 128 characters; letters, digits, Chinese characters, hyphens (-), dots (.), underscores (_) and spaces; it cannot start or end with a space.",
        example = "ims_encrypted_copy3")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像描述", en = "Description", max_len = 1024, pattern = "^[^<>\\r\\n]*$",
        help_zh = "镜像描述信息，参数说明请参考“镜像属性”。支持字母、数字、中文等，不支持回车、<、>，长度不能超过1024个字符。默认为空。",
        help_en = "Description of the new image (see \"Image attributes\"): letters, digits, Chinese characters and so on; no line breaks, no < and no >; at most 1024 characters. Empty by default.",
        example = "test copy")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "加密密钥", en = "Encryption key (CMK ID)",
        help_zh = "加密密钥。默认为空。指定时复制出的镜像使用该密钥加密。",
        help_en = "ID of the KMS customer master key that encrypts the copy. Empty by default (the copy keeps the source's encryption).",
        example = "bd66288c-9081-460a-8227-4cbd0c814cb4")]
    pub cmk_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID", choices = "eps.enterprise_project.list|enterprise_projects|id|name", 
        help_zh = "表示当前镜像所属的企业项目。取值为0或无该值，表示属于default企业项目；取值为UUID，表示属于该UUID对应的企业项目。关于企业项目ID的获取及企业项目特性的详细信息，请参考“企业中心总览”。",
        help_en = "Enterprise project the new image belongs to: 0 or absent means the default enterprise project; a UUID means the enterprise project with that ID (see the Enterprise Center overview).")]
    pub enterprise_project_id: Option<String>,
}

/// Answer of the copy (response parameter table).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "异步任务", en = "Asynchronous job")]
pub struct ImsJobId {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "异步任务ID", en = "Job ID", read_only,
        help_zh = "异步任务ID，详情请参见“异步任务查询”。",
        help_en = "ID of the asynchronous job; follow it with the job query (SUCCESS: done, FAIL: failed).")]
    pub job_id: Option<String>,
}

/// Path parameters of the job query.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ImsJobPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "异步任务ID", en = "Job ID",
        help_zh = "异步任务ID，即复制镜像等异步接口返回的job_id。",
        help_en = "The job_id answered by an asynchronous operation such as copying an image.")]
    pub job_id: String,
}

/// Result of one image in a batch job (`entities.results[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "任务结果", en = "Job result")]
pub struct ImsJobEntitiesResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像ID", en = "Image ID")]
    pub image_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "Project ID")]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务状态", en = "Status")]
    pub status: Option<String>,
}

/// What a sub-job worked on (`sub_jobs_result[].entities`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "子任务信息", en = "Sub-job entities")]
pub struct ImsSubJobEntities {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像ID", en = "Image ID")]
    pub image_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像名称", en = "Image name")]
    pub image_name: Option<String>,
}

/// One sub-job of a job (`entities.sub_jobs_result[]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "子任务结果", en = "Sub-job result")]
pub struct ImsSubJobResult {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务状态", en = "Status",
        help_zh = "SUCCESS：成功；FAIL：失败；RUNNING：运行中；INIT：初始化。",
        help_en = "SUCCESS: succeeded; FAIL: failed; RUNNING: running; INIT: initializing.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务ID", en = "Sub-job ID")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务类型", en = "Sub-job type")]
    pub job_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开始时间", en = "Started")]
    pub begin_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "结束时间", en = "Ended")]
    pub end_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误码", en = "Error code")]
    pub error_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败原因", en = "Failure reason")]
    pub fail_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务信息", en = "Entities")]
    pub entities: Option<ImsSubJobEntities>,
}

/// `entities` of a job: what it worked on and how far it is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "任务信息", en = "Job entities")]
pub struct ImsJobEntities {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像ID", en = "Image ID", help_zh = "任务生成或操作的镜像ID（复制镜像时为新镜像的ID）。",
        help_en = "The image the job produced or worked on (for a copy, the new image).")]
    pub image_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像名称", en = "Image name")]
    pub image_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "当前任务", en = "Current task", help_zh = "任务执行中的当前步骤名称。", help_en = "The step the job is running.")]
    pub current_task: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务进度", en = "Progress", help_zh = "任务执行进度。", help_en = "How far the job is.")]
    pub process_percent: Option<f64>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务结果", en = "Results")]
    pub results: Option<Vec<ImsJobEntitiesResult>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务结果", en = "Sub-job results")]
    pub sub_jobs_result: Option<Vec<ImsSubJobResult>>,
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "子任务ID列表", en = "Sub-job IDs")]
    pub sub_jobs_list: Option<Vec<String>>,
}

/// Answer of the job query.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "异步任务状态", en = "Job status")]
pub struct ImsJob {
    /// Documented as a string: SUCCESS, FAIL, RUNNING or INIT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务状态", en = "Status",
        help_zh = "SUCCESS：成功；FAIL：失败；RUNNING：运行中；INIT：初始化。",
        help_en = "SUCCESS: succeeded; FAIL: failed; RUNNING: running; INIT: initializing.")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务信息", en = "Entities")]
    pub entities: Option<ImsJobEntities>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务ID", en = "Job ID")]
    pub job_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "任务类型", en = "Job type")]
    pub job_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "开始时间", en = "Started")]
    pub begin_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "结束时间", en = "Ended")]
    pub end_time: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "错误码", en = "Error code")]
    pub error_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败原因", en = "Failure reason")]
    pub fail_reason: Option<String>,
}

/// `__imagetype` of the image list: who the image belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "镜像类型", en = "Image type")]
pub enum ImsImageType {
    #[serde(rename = "gold")]
    #[schema(zh = "公共镜像", en = "Public image")]
    Gold,
    #[serde(rename = "private")]
    #[schema(zh = "私有镜像", en = "Private image")]
    Private,
    #[serde(rename = "shared")]
    #[schema(zh = "共享镜像", en = "Shared image")]
    Shared,
    #[serde(rename = "market")]
    #[schema(zh = "市场镜像", en = "Marketplace image")]
    Market,
}

/// Image states as IMS reports them; `active` is the console's "正常" (normal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "镜像状态", en = "Image status")]
pub enum ImsImageStatus {
    #[serde(rename = "queued")]
    #[schema(zh = "镜像元数据已创建，等待上传镜像文件", en = "Queued: metadata created, waiting for the image file")]
    Queued,
    #[serde(rename = "saving")]
    #[schema(zh = "正在上传镜像文件", en = "Saving: the image file is being uploaded")]
    Saving,
    #[serde(rename = "deleted")]
    #[schema(zh = "已删除", en = "Deleted")]
    Deleted,
    #[serde(rename = "killed")]
    #[schema(zh = "上传出错", en = "Killed: the upload failed")]
    Killed,
    #[serde(rename = "active")]
    #[schema(zh = "正常", en = "Normal (active)")]
    Active,
}

/// Sort keys of the image list (IMS "查询镜像列表" `sort_key`; the service sorts by
/// `created_at` by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "排序字段", en = "Sort by")]
pub enum ImsSortKey {
    #[serde(rename = "created_at")]
    #[schema(zh = "创建时间（默认）", en = "Creation time (default)")]
    CreatedAt,
    #[serde(rename = "name")]
    #[schema(zh = "名称", en = "Name")]
    Name,
    #[serde(rename = "status")]
    #[schema(zh = "状态", en = "Status")]
    Status,
    #[serde(rename = "disk_format")]
    #[schema(zh = "磁盘格式", en = "Disk format")]
    DiskFormat,
}


/// Query of the image list (`GET /v2/cloudimages`, "查询镜像列表"); a few of its filters, its
/// sorting and its marker paging.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ImsListImagesParams {
    #[serde(rename = "__imagetype", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "镜像类型", en = "Image type",
        help_zh = "gold：公共镜像；private：私有镜像；shared：共享镜像；market：市场镜像。",
        help_en = "gold: public images; private: private images; shared: images shared with you; market: marketplace images.")]
    pub imagetype: Option<ImsImageType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "镜像状态", en = "Status", help_zh = "active 表示正常。", help_en = "active means normal.")]
    pub status: Option<ImsImageStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "镜像名称", en = "Name", help_zh = "按镜像名称精确查询。", help_en = "Exact image name.")]
    pub name: Option<String>,
    #[serde(rename = "__whole_image", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "是否整机镜像", en = "Whole-machine image", help_zh = "true：只查整机镜像；false：排除整机镜像。", help_en = "true: whole-machine images only; false: no whole-machine images.")]
    pub whole_image: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "每页条数", en = "Limit", min = 1, max = 1000, help_zh = "每页返回的镜像数，默认 500。", help_en = "Images per page (500 by default).")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "起始镜像ID", en = "Marker", help_zh = "上一页最后一个镜像的ID，从其后开始查询。", help_en = "ID of the last image of the previous page; the list continues after it.")]
    pub marker: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序字段", en = "Sort by", help_zh = "默认按创建时间排序。", help_en = "Creation time by default.")]
    pub sort_key: Option<ImsSortKey>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "排序方向", en = "Sort direction", help_zh = "asc：升序；desc：降序（默认）。", help_en = "asc: ascending; desc: descending (the default).")]
    pub sort_dir: Option<SortDir>,
}

/// An image as the list and the detail query answer it (a subset of its many attributes).
/// IMS spells its own attributes with two leading underscores and reports flags as the
/// strings "true"/"false".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "镜像", en = "Image")]
pub struct ImsImage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像ID", en = "Image ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像状态", en = "Status", help_zh = "active 表示正常，只有正常状态的私有镜像可以复制。", help_en = "active means normal; only private images in the normal state can be copied.")]
    pub status: Option<String>,
    #[serde(rename = "__imagetype", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像类型", en = "Image type", help_zh = "gold：公共镜像；private：私有镜像；shared：共享镜像；market：市场镜像。", help_en = "gold: public; private; shared; market.")]
    pub imagetype: Option<String>,
    #[serde(rename = "__whole_image", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "整机镜像", en = "Whole-machine image", help_zh = "\"true\" 表示整机镜像，整机镜像不支持区域内复制。", help_en = "\"true\" for a whole-machine image; those cannot be copied within a region.")]
    pub whole_image: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像格式", en = "Disk format", help_zh = "vhd、zvhd、zvhd2、raw、qcow2 或 iso；iso 表示使用ISO文件创建的镜像，不支持区域内复制。", help_en = "vhd, zvhd, zvhd2, raw, qcow2 or iso; iso images (created from ISO files) cannot be copied within a region.")]
    pub disk_format: Option<String>,
    #[serde(rename = "__os_version", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作系统版本", en = "OS version")]
    pub os_version: Option<String>,
    #[serde(rename = "__platform", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作系统平台", en = "Platform")]
    pub platform: Option<String>,
    #[serde(rename = "__os_type", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "操作系统类型", en = "OS type")]
    pub os_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "可见性", en = "Visibility", help_zh = "private、public 或 shared。", help_en = "private, public or shared.")]
    pub visibility: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "最小系统盘（GB）", en = "Minimum disk (GB)")]
    pub min_disk: Option<i64>,
    #[serde(rename = "__description", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像描述", en = "Description")]
    pub description: Option<String>,
    #[serde(rename = "__system__cmkid", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "加密密钥ID", en = "Encryption key (CMK ID)")]
    pub system_cmkid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "企业项目ID", en = "Enterprise project ID")]
    pub enterprise_project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "更新时间", en = "Updated")]
    pub updated_at: Option<String>,
}

/// Answer of the image list.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "镜像列表", en = "Images")]
pub struct ImsImageList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "镜像", en = "Images")]
    pub images: Option<Vec<ImsImage>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "首页链接", en = "First page")]
    pub first: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "下一页链接", en = "Next page")]
    pub next: Option<String>,
}

/// Path of the image detail query (`GET /v2/images/{image_id}`, "查询镜像详情").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ImsGetImagePath {
    #[schema(path, zh = "镜像ID", en = "Image ID", choices = "ims.image.list|images|id|name", help_zh = "镜像ID。", help_en = "The image's ID.")]
    pub image_id: String,
}

crate::operations! {
    service: Ims;

    /// Document 002, Region内复制镜像 (asynchronous: answers a `job_id`).
    CopyImageOp {
        doc_ref: "ims:copy",
        id: "ims.image.copy",
        title: ("Region内复制镜像", "Copy an image within a region"),
        Post "/v1/cloudimages/{image_id}/copy",
        kind: Action,
        params: ImsImagePath,
        body: ImsCopyImage,
        response: ImsJobId,
        status: 200,
        // document: no media type given; service (every SDK): this one.
        content_type: "application/json;charset=UTF-8",
    }

    /// IMS 查询job状态 (not a seed document): follows the job the copy started.
    GetImsJobOp {
        doc_ref: "x-ims:job",
        id: "ims.job.get",
        title: ("查询job状态", "Get job status"),
        Get "/v1/{project_id}/jobs/{job_id}",
        kind: Get,
        params: ImsJobPath,
        response: ImsJob,
        status: 200,
    }

    /// IMS 查询镜像列表 (not a seed document): the images a copy can start from.
    ListImagesOp {
        doc_ref: "x-ims:list",
        id: "ims.image.list",
        title: ("查询镜像列表", "List images"),
        Get "/v2/cloudimages",
        kind: List,
        params: ImsListImagesParams,
        response: ImsImageList,
        status: 200,
    }

    /// IMS 查询镜像详情 (OpenStack native, not a seed document).
    GetImageOp {
        doc_ref: "x-ims:get",
        id: "ims.image.get",
        title: ("查询镜像详情", "Get an image"),
        Get "/v2/images/{image_id}",
        kind: Get,
        params: ImsGetImagePath,
        response: ImsImage,
        status: 200,
    }
}

/// Images: listed, opened, and copied within the region from their page.
pub static IMAGES: crate::resource::ResourceDecl = crate::resource::ResourceDecl {
    key: "images",
    service: crate::operation::Service::Ims,
    title: crate::schema::Text::new("镜像", "Images"),
    singular: crate::schema::Text::new("镜像", "Image"),
    id_param: "image_id",
    items_field: "images",
    columns: &["name", "status", "__imagetype", "disk_format", "__whole_image", "__os_version", "created_at"],
    filters: &[
        crate::resource::Filter { param: "name", field: "name" },
        crate::resource::Filter { param: "__imagetype", field: "__imagetype" },
        crate::resource::Filter { param: "status", field: "status" },
    ],
    sorting: Some(crate::resource::Sorting { by: "sort_key", order: "sort_dir", default_by: "created_at" }),
    list: Some(<ListImagesOp as crate::operation::Operation>::DECL),
    get: Some(<GetImageOp as crate::operation::Operation>::DECL),
    actions: &[crate::resource::ActionDecl {
        form: crate::resource::ActionForm::Body,
        job: crate::schema::Text::new("复制镜像{name}", "Copy image {name}"),
        ..crate::resource::ActionDecl::new("copy", crate::schema::Text::new("复制", "Copy"), <CopyImageOp as crate::operation::Operation>::DECL)
    }],
    status: Some(crate::resource::StatusDecl {
        field: "status",
        states: &[
            ("active", crate::schema::Text::new("正常", "Active"), crate::resource::Tone::Healthy),
            ("queued", crate::schema::Text::new("排队中", "Queued"), crate::resource::Tone::Progress),
            ("saving", crate::schema::Text::new("保存中", "Saving"), crate::resource::Tone::Progress),
            ("killed", crate::schema::Text::new("失败", "Failed"), crate::resource::Tone::Failed),
            ("deleted", crate::schema::Text::new("已删除", "Deleted"), crate::resource::Tone::Stopped),
        ],
    }),
    ..crate::resource::ResourceDecl::BLANK
};
